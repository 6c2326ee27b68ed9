using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Storefront.Web.Shopping;

/// <summary>
/// One allowance per client address for cart writes and one for checkout starts, shared by the form posts and the
/// interactive components because both go through <see cref="ShopperActions"/>.
/// </summary>
public sealed class ShopperRateLimiter : IDisposable
{
    // A visitor whose address the host cannot tell shares one allowance with every other such visitor.
    private const string UnknownAddress = "unknown";

    private readonly PartitionedRateLimiter<string> _checkouts;
    private readonly PartitionedRateLimiter<string> _cartWrites;

    public ShopperRateLimiter(IOptions<RateLimitOptions> options)
    {
        _checkouts = PerMinute(options.Value.CheckoutPerMinute);
        _cartWrites = PerMinute(options.Value.CartWritesPerMinute);
    }

    public void TakeCheckout(Shopper shopper) => Take(_checkouts, shopper);

    public void TakeCartWrite(Shopper shopper) => Take(_cartWrites, shopper);

    public void Dispose()
    {
        _checkouts.Dispose();
        _cartWrites.Dispose();
    }

    private static void Take(PartitionedRateLimiter<string> limiter, Shopper shopper)
    {
        using var lease = limiter.AttemptAcquire(shopper.ClientAddress ?? UnknownAddress);
        if (!lease.IsAcquired)
        {
            throw new RateLimitedException(lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1));
        }
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
