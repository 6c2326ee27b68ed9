using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Storefront.Tests.StripeEmulator.Infrastructure;

/// <summary>
/// A real HTTP endpoint on loopback that records every webhook it receives, can be told to answer 500 to the
/// first few, and lets a test wait for what it expects to arrive.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly Lock _sync = new();
    private readonly List<ReceivedWebhook> _received = [];
    private readonly WebApplication _app;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _failuresLeft;
    private int _hangsLeft;

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_sync)
            {
                return _received.ToList();
            }
        }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/webhooks/stripe", receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        receiver.Url = new Uri(receiver._app.Urls.Single() + "/webhooks/stripe");
        return receiver;
    }

    /// <summary>Answers 500 to the next <paramref name="count"/> deliveries.</summary>
    public void FailNext(int count)
    {
        lock (_sync)
        {
            _failuresLeft = count;
        }
    }

    /// <summary>Never answers the next <paramref name="count"/> deliveries, so that the sender times out.</summary>
    public void HangNext(int count)
    {
        lock (_sync)
        {
            _hangsLeft = count;
        }
    }

    /// <summary>Waits until what has arrived satisfies <paramref name="condition"/>; fails the test after 15 s.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            Task arrived;
            lock (_sync)
            {
                if (condition(_received))
                {
                    return _received.ToList();
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"The webhooks never matched. Received: {string.Join(", ", Received.Select(r => $"{r.Type} → {r.AnsweredStatus}"))}");
            }
        }
    }

    public Task<IReadOnlyList<ReceivedWebhook>> WaitForEventAsync(string type, string objectId) =>
        WaitForAsync(all => all.Any(r => r.Type == type && r.ObjectId == objectId && r.AnsweredStatus == 200));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        int status;
        bool hang;
        lock (_sync)
        {
            hang = _hangsLeft-- > 0;
            status = hang ? 0 : _failuresLeft-- > 0 ? 500 : 200;
            _received.Add(new ReceivedWebhook(body, context.Request.Headers["Stripe-Signature"].ToString(), status));
            _arrived.TrySetResult();
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        if (hang)
        {
            // Holds the request open until the sender gives up on it and disconnects.
            var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (context.RequestAborted.Register(() => aborted.TrySetResult()))
            {
                await aborted.Task;
            }

            return;
        }

        context.Response.StatusCode = status;
    }
}
