using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// Sits in front of the store's Stripe HttpClient and fails the first matching requests (by default, creating a
/// Checkout Session) the way a real network or Stripe can (no connection, 429), then lets them through to the
/// emulator. It records the Idempotency-Key of every matching try, so a test can see that retries reuse it.
/// </summary>
public sealed class FlakyStripeHandler(int failures, Func<HttpResponseMessage?> failure, Func<HttpRequestMessage, bool>? matches = null)
    : DelegatingHandler
{
    private readonly Func<HttpRequestMessage, bool> _matches = matches ?? (request =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/v1/checkout/sessions", StringComparison.Ordinal));

    private int _failuresLeft = failures;

    public ConcurrentQueue<string> IdempotencyKeys { get; } = new();

    public static FlakyStripeHandler RateLimited(int times) => new(times, () => new HttpResponseMessage(HttpStatusCode.TooManyRequests)
    {
        Content = new StringContent(
            """{"error":{"type":"invalid_request_error","code":"rate_limit","message":"Too many requests."}}""",
            Encoding.UTF8, "application/json"),
    });

    public static FlakyStripeHandler Unreachable(int times) => new(times, () => null);

    /// <summary>Fails the first reads of Checkout Sessions, as fulfilment makes them.</summary>
    public static FlakyStripeHandler UnreachableForSessionReads(int times) => new(times, () => null, request =>
        request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.Contains("/v1/checkout/sessions/cs_", StringComparison.Ordinal));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_matches(request))
        {
            IdempotencyKeys.Enqueue(request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : "");
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                return failure() is { } response
                    ? Task.FromResult(response)
                    : throw new HttpRequestException("Connection refused (simulated).");
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
