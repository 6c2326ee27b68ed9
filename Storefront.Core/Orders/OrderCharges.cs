using Storefront.Core.Pricing;

namespace Storefront.Core.Orders;

/// <summary>
/// The lines between an order's items and its total, as every page and email shows them: subtotal, delivery,
/// discount (with its code) and tax. Only what applies is listed; an order of lines alone lists nothing.
/// </summary>
public static class OrderCharges
{
    public static IReadOnlyList<(string Label, Money Amount)> Of(Order order)
    {
        var charges = new List<(string, Money)>();
        if (order.ShippingRateName is null && order.DiscountAmount == 0 && order.TaxAmount == 0)
        {
            return charges;
        }

        charges.Add(("Subtotal", new Money(order.Subtotal, order.Currency)));
        if (order.ShippingRateName is { } rate)
        {
            charges.Add(($"Shipping ({rate})", new Money(order.ShippingAmount, order.Currency)));
        }

        if (order.DiscountAmount != 0)
        {
            var code = order.PromotionCode is { } promotion ? $" ({promotion})" : "";
            charges.Add(($"Discount{code}", new Money(-order.DiscountAmount, order.Currency)));
        }

        if (order.TaxAmount != 0)
        {
            charges.Add(("Tax", new Money(order.TaxAmount, order.Currency)));
        }

        return charges;
    }
}
