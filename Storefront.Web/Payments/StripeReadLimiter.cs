using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Storefront.Core.Payments;

namespace Storefront.Web.Payments;

/// <summary>
/// The token bucket every read of Stripe waits at (<c>Stripe:ReadsPerSecond</c>), so that the store's paths together stay
/// under Stripe's rate limit instead of meeting its 429s. It refills in tenths of a second, so a burst never takes
/// more than a tenth of the second's reads at once.
/// </summary>
public sealed class StripeReadLimiter : IDisposable
{
    private const int RefillsPerSecond = 10;

    private readonly TokenBucketRateLimiter? _bucket;

    public StripeReadLimiter(IOptions<StripeOptions> options)
    {
        if (options.Value.ReadsPerSecond is not { } perSecond)
        {
            return;
        }

        var perRefill = (int)Math.Ceiling(perSecond / (double)RefillsPerSecond);
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perRefill,
            TokensPerPeriod = perRefill,
            ReplenishmentPeriod = TimeSpan.FromSeconds(perRefill / (double)perSecond),
            AutoReplenishment = true,

            // Every read waits its turn, oldest first; how long is bounded by the caller's token (Stripe:RequestTimeout).
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Waits until one more read is within the limit.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (_bucket is null)
        {
            return;
        }

        using var lease = await _bucket.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The Stripe read limiter refused a read; it refuses none while it is in use.");
        }
    }

    public void Dispose() => _bucket?.Dispose();
}
