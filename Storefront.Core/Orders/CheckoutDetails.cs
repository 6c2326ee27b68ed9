namespace Storefront.Core.Orders;

/// <summary>
/// What Stripe's checkout collected and charged beyond the lines, all amounts in the order's minor units: the
/// address and phone, the delivery chosen, the tax and the discount with the promotion code that gave it.
/// </summary>
public sealed record CheckoutDetails(
    ShippingAddress? Address = null,
    string? Phone = null,
    string? ShippingRateName = null,
    long Shipping = 0,
    long Tax = 0,
    long Discount = 0,
    string? PromotionCode = null)
{
    public static readonly CheckoutDetails None = new();
}
