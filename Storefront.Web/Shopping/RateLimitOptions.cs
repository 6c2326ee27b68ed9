namespace Storefront.Web.Shopping;

/// <summary>The <c>RateLimits</c> section: how often one client address may write to carts and start checkouts.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Checkout starts (including "Try again") per client address per minute.</summary>
    public int CheckoutPerMinute { get; set; } = 10;

    /// <summary>Cart changes (add, change quantity, remove) per client address per minute.</summary>
    public int CartWritesPerMinute { get; set; } = 60;
}
