namespace Storefront.StripeEmulator.Checkout;

/// <summary>One line of a session, with the ad-hoc product and price that <c>price_data</c> creates on Stripe.</summary>
public sealed record CheckoutLineItem(
    string Id,
    string PriceId,
    string ProductId,
    string Name,
    string? Description,
    long UnitAmount,
    string Currency,
    long Quantity,
    long Created)
{
    public long AmountTotal => UnitAmount * Quantity;
}
