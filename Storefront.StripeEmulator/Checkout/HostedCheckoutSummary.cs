using System.Text;
using System.Text.Encodings.Web;
using Storefront.StripeEmulator.Pages;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>The order side of the hosted page: the lines, then discount, shipping and tax lines, and the total.</summary>
public static class HostedCheckoutSummary
{
    public static string Render(CheckoutSession session, CheckoutPreview preview)
    {
        var e = HtmlEncoder.Default;
        string Money(long amount) => e.Encode(MoneyFormatter.Format(amount, session.Currency));
        var totals = preview.Totals;
        var rows = new StringBuilder();
        foreach (var item in session.LineItems)
        {
            var description = item.Description is null ? "" : $"<div class=\"detail\">{e.Encode(item.Description)}</div>";
            rows.Append($"""
                <tr><td>{e.Encode(item.Name)}{description}<div class="detail">Qty {item.Quantity} × {e.Encode(MoneyFormatter.Format(item.UnitAmount, item.Currency))}</div></td>
                <td class="amount">{e.Encode(MoneyFormatter.Format(item.AmountTotal, item.Currency))}</td></tr>
                """);
        }

        var extras = session.Discount is not null || preview.ShippingRate is not null || session.AutomaticTax;
        if (extras)
        {
            rows.Append($"""<tr><td>Subtotal</td><td class="amount" data-testid="subtotal">{Money(totals.Subtotal)}</td></tr>""");
        }

        if (session.Discount is { } discount)
        {
            var label = discount.PromotionCode?.Code ?? discount.Coupon.Name ?? discount.Coupon.Id;
            rows.Append($"""<tr><td>Discount ({e.Encode(label)})</td><td class="amount" data-testid="discount">−{Money(totals.Discount)}</td></tr>""");
        }

        if (preview.ShippingRate is { } rate)
        {
            rows.Append($"""<tr><td>Shipping ({e.Encode(rate.DisplayName)})</td><td class="amount" data-testid="shipping">{Money(totals.Shipping)}</td></tr>""");
        }

        if (session.AutomaticTax)
        {
            rows.Append(preview.TaxLocation is { } tax
                ? $"""<tr><td>Tax ({tax.Percent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} %, {e.Encode(tax.Country)})</td><td class="amount" data-testid="tax">{Money(totals.Tax)}</td></tr>"""
                : """<tr><td>Tax</td><td class="amount detail" data-testid="tax">Calculated from your address</td></tr>""");
        }

        var back = session.CancelUrl is null ? "" : $"""<a class="back" href="{e.Encode(session.CancelUrl)}">← Back</a>""";
        return $"""
            <section aria-labelledby="summary">
            {back}
            <h1 id="summary">Pay {Money(totals.Total)}</h1>
            <table>
            {rows}
            <tr class="total"><td>Total due</td><td class="amount" data-testid="total">{Money(totals.Total)}</td></tr>
            </table>
            </section>
            """;
    }
}
