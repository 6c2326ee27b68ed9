using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// A Stripe that accepts connections on loopback and never answers, as a hung Stripe or a proxy that swallows
/// requests does. Point <c>Stripe:ApiBase</c> at <see cref="ApiBase"/>.
/// </summary>
public sealed class SilentStripe : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<TcpClient> _held = new();
    private readonly CancellationTokenSource _stop = new();

    public SilentStripe()
    {
        _listener.Start();
        ApiBase = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _ = AcceptAsync();
    }

    public string ApiBase { get; }

    /// <summary>How many connections it has accepted (and left hanging).</summary>
    public int Connections => _held.Count;

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                _held.Enqueue(await _listener.AcceptTcpClientAsync(_stop.Token));
            }
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Disposed: the test is over.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var connection in _held)
        {
            connection.Dispose();
        }

        _stop.Dispose();
    }
}
