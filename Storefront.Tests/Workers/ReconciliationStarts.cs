using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Storefront.Core.Payments;

namespace Storefront.Tests.Workers;

/// <summary>Hears the reconciliation job of every store host it is added to, and keeps the start of each run it logs.</summary>
public sealed class ReconciliationStarts : ILoggerProvider
{
    public ConcurrentQueue<DateTime> Starts { get; } = new();

    public ILogger CreateLogger(string categoryName) =>
        categoryName == typeof(CheckoutReconciliationJob).FullName ? new Listener(Starts) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Listener(ConcurrentQueue<DateTime> starts) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values &&
                values.FirstOrDefault(v => v.Key == "StartedAt").Value is DateTime startedAt)
            {
                starts.Enqueue(startedAt);
            }
        }
    }
}
