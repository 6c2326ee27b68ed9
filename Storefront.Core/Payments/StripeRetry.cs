using System.Net;
using Microsoft.Extensions.Options;
using Storefront.Core.Checkout;
using Storefront.Core.Retries;
using Stripe;

namespace Storefront.Core.Payments;

/// <summary>
/// The one retry policy for Stripe calls: after a connection error, a timeout, a 429 or a 5xx it tries again,
/// waiting longer each time (and at least as long as a 429's Retry-After asks), for at most <c>Checkout:StripeAttempts</c>
/// tries and never beyond <c>Stripe:RequestTimeout</c> in all; a 429 asking for longer than is left is thrown at once.
/// The caller sets the idempotency key, so a request that did reach Stripe is answered with its first result.
/// </summary>
public sealed class StripeRetry(IOptions<CheckoutOptions> options, IOptions<StripeOptions> stripe, TimeProvider time)
{
    /// <summary>
    /// Runs <paramref name="call"/>, passing it a token that is cancelled when the caller's is or when the time
    /// allowed is spent; running out of time surfaces as a transient failure (see <see cref="IsTransient"/>).
    /// </summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var allowed = stripe.Value.RequestTimeout;
        using var deadline = new CancellationTokenSource(allowed, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(linked.Token);
            }
            catch (Exception error) when (
                IsTransient(error, cancellationToken) && attempt < settings.StripeAttempts && !deadline.IsCancellationRequested)
            {
                var wait = Backoff.After(attempt, settings.StripeRetryDelay, allowed);
                if (RetryAfter(error) is { } asked && asked > wait)
                {
                    if (asked >= allowed - time.GetElapsedTime(started))
                    {
                        throw;
                    }

                    wait = asked;
                }

                await Task.Delay(wait, time, linked.Token);
            }
        }
    }

    /// <summary>How long a 429 from Stripe asks the caller to wait (Stripe says it in seconds); null when it does not say.</summary>
    public static TimeSpan? RetryAfter(Exception error) =>
        error is StripeException { HttpStatusCode: HttpStatusCode.TooManyRequests, StripeResponse.Headers.RetryAfter.Delta: { } asked } ? asked : null;

    /// <summary>
    /// Whether trying again later may succeed: Stripe unreachable, silent, busy or failing. A cancellation counts
    /// as a timeout unless <paramref name="cancellationToken"/>, the caller's own, asked for it.
    /// </summary>
    public static bool IsTransient(Exception error, CancellationToken cancellationToken) => error switch
    {
        StripeException { HttpStatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.Conflict } => true,
        StripeException { HttpStatusCode: >= HttpStatusCode.InternalServerError } => true,
        StripeException { StripeError: null, InnerException: HttpRequestException or OperationCanceledException } => true,
        HttpRequestException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
