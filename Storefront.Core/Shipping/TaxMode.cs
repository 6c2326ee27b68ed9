namespace Storefront.Core.Shipping;

/// <summary>How tax is charged at checkout (<c>Tax:Mode</c>).</summary>
public enum TaxMode
{
    /// <summary>Prices are final; no tax line.</summary>
    None = 0,

    /// <summary>Stripe Tax computes tax on top of the prices from the shopper's address (<c>automatic_tax</c>).</summary>
    Stripe = 1,
}
