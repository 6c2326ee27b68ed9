using Storefront.StripeEmulator.Shipping;
using Storefront.StripeEmulator.Tax;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// A session's amounts, by the emulator's documented rule: the discount comes off the line items (rounded half
/// away from zero once per session), then tax is the country's percent of lines after discount plus shipping
/// (again rounded once per session), exclusive of the prices. All in minor units, so zero-decimal currencies
/// need nothing special.
/// </summary>
public sealed record SessionTotals(
    long Subtotal, long Discount, long Shipping, long ShippingTax, long Tax, IReadOnlyList<LineAmounts> Lines)
{
    public long Total => Subtotal - Discount + Shipping + Tax;

    public static SessionTotals Compute(CheckoutSession session, ShippingRate? rate, TaxLocation? tax)
    {
        var subtotals = session.LineItems.Select(i => i.AmountTotal).ToList();
        var subtotal = subtotals.Sum();
        var discount = session.Discount?.Coupon.DiscountOn(subtotal) ?? 0;
        var lineDiscounts = Allocation.Split(discount, subtotals);
        var shipping = rate?.Amount ?? 0;

        var taxable = subtotals.Select((s, i) => s - lineDiscounts[i]).Append(shipping).ToList();
        var taxTotal = tax is null || !session.AutomaticTax
            ? 0
            : (long)Math.Round(taxable.Sum() * tax.Percent / 100m, MidpointRounding.AwayFromZero);
        var taxes = Allocation.Split(taxTotal, taxable);

        var lines = subtotals.Select((s, i) => new LineAmounts(s, lineDiscounts[i], taxes[i])).ToList();
        return new SessionTotals(subtotal, discount, shipping, taxes[^1], taxTotal, lines);
    }
}
