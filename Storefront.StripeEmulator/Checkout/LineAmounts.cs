namespace Storefront.StripeEmulator.Checkout;

/// <summary>A line item's <c>amount_subtotal</c>, <c>amount_discount</c> and <c>amount_tax</c>.</summary>
public sealed record LineAmounts(long Subtotal, long Discount, long Tax)
{
    public long Total => Subtotal - Discount + Tax;
}
