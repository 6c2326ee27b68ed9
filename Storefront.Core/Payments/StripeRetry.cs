using System.Net;
using Microsoft.Extensions.Options;
using Storefront.Core.Checkout;
using Stripe;

namespace Storefront.Core.Payments;

/// <summary>
/// Tries a Stripe call again after a connection error, a 429 or a 5xx, waiting longer each time. The caller
/// sets the idempotency key, so a request that did reach Stripe is answered with its first result.
/// </summary>
public sealed class StripeRetry(IOptions<CheckoutOptions> options, TimeProvider time)
{
    public async Task<T> ExecuteAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var delay = options.Value.StripeRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception error) when (IsTransient(error, cancellationToken) && attempt < options.Value.StripeAttempts)
            {
                await Task.Delay(delay, time, cancellationToken);
                delay *= 2;
            }
        }
    }

    public static bool IsTransient(Exception error, CancellationToken cancellationToken) => error switch
    {
        StripeException { HttpStatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.Conflict } => true,
        StripeException { HttpStatusCode: >= HttpStatusCode.InternalServerError } => true,
        StripeException { StripeError: null, InnerException: HttpRequestException or TaskCanceledException } => true,
        HttpRequestException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
