using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Storefront.Core.Orders;
using Storefront.Core.Pricing;
using Storefront.Core.Shipping;
using Storefront.Core.Store;

namespace Storefront.Core.Notifications;

/// <summary>
/// Writes the order emails, HTML and plain text. Everything that comes from shoppers or the catalog is
/// HTML-encoded; amounts are formatted in the order's currency.
/// </summary>
public sealed class OrderEmailRenderer(IOptions<StoreOptions> store, IOptions<ShippingOptions> shipping)
{
    // Only what HTML gives meaning to (< > & " ') is escaped; ¥, € and names in any script stay readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private string StoreName => store.Value.Name;

    public RenderedEmail Confirmation(Order order) =>
        Render(order, $"Your {StoreName} order {order.Number} is confirmed", "Thank you for your order",
            $"We have received your payment of {order.TotalMoney}. This is what you ordered:",
            "View your order", store.Value.AbsoluteUrl(OrderLinks.GuestPath(order)));

    /// <param name="amount">What this refund gave back; the order already includes it in its refunded total.</param>
    public RenderedEmail Refund(Order order, long amount) =>
        Render(order, $"Refund for your {StoreName} order {order.Number}", "Your refund is on its way",
            $"We have refunded {new Money(amount, order.Currency)} to your original payment method. " +
            $"Refunded so far: {new Money(order.AmountRefunded, order.Currency)} of {order.TotalMoney}.",
            "View your order", store.Value.AbsoluteUrl(OrderLinks.GuestPath(order)));

    /// <summary>The one shipping confirmation: its button is the carrier's tracking page when the carrier has one.</summary>
    public RenderedEmail Shipped(Order order)
    {
        var tracking = shipping.Value.TrackingUrl(order.Carrier, order.TrackingNumber);
        return Render(order, $"Your {StoreName} order {order.Number} has shipped", "Your order is on its way",
            $"We have handed your order to {order.Carrier}. Tracking number: {order.TrackingNumber}.",
            tracking is null ? "View your order" : "Track your parcel", tracking ?? store.Value.AbsoluteUrl(OrderLinks.GuestPath(order)));
    }

    public RenderedEmail Delivered(Order order) =>
        Render(order, $"Your {StoreName} order {order.Number} was delivered", "Your order has arrived",
            $"{order.Carrier} reports your order delivered. We hope you enjoy it.",
            "View your order", store.Value.AbsoluteUrl(OrderLinks.GuestPath(order)));

    public RenderedEmail NewOrderNotice(Order order) =>
        Render(order, $"New order {order.Number}: {order.TotalMoney}", $"New order {order.Number}",
            $"{(order.CustomerEmail.Length > 0 ? order.CustomerEmail : "A guest")} paid {order.TotalMoney}.",
            "Open the order", store.Value.AbsoluteUrl($"/admin/orders/{Uri.EscapeDataString(order.Number)}"));

    private RenderedEmail Render(Order order, string subject, string heading, string intro, string linkText, string link) =>
        new(subject, Html(order, subject, heading, intro, linkText, link), Text(order, heading, intro, linkText, link));

    private string Html(Order order, string subject, string heading, string intro, string linkText, string link)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>").Append(Encode(subject)).Append("</title></head>\n")
            .Append("<body style=\"margin:0;padding:24px;background:#f6f6f4;font-family:Helvetica,Arial,sans-serif;color:#222\">\n")
            .Append("<div style=\"max-width:560px;margin:0 auto;background:#fff;padding:24px;border-radius:8px\">\n")
            .Append("<h1 style=\"font-size:22px;margin:0 0 12px\">").Append(Encode(heading)).Append("</h1>\n")
            .Append("<p>").Append(Encode(intro)).Append("</p>\n")
            .Append("<p style=\"color:#666\">Order ").Append(Encode(order.Number)).Append("</p>\n")
            .Append("<table style=\"width:100%;border-collapse:collapse\">\n");
        foreach (var line in order.Lines.OrderBy(l => l.Id))
        {
            html.Append("<tr><td style=\"padding:6px 0;border-bottom:1px solid #eee\">").Append(Encode(line.ProductName))
                .Append(" × ").Append(line.Quantity).Append("</td><td style=\"padding:6px 0;border-bottom:1px solid #eee;text-align:right\">")
                .Append(Encode(new Money(line.LineTotal, order.Currency).ToString())).Append("</td></tr>\n");
        }

        foreach (var (label, amount) in OrderCharges.Of(order))
        {
            html.Append("<tr><td style=\"padding:6px 0\">").Append(Encode(label)).Append("</td><td style=\"padding:6px 0;text-align:right\">")
                .Append(Encode(amount.ToString())).Append("</td></tr>\n");
        }

        html.Append("<tr><td style=\"padding:8px 0\"><strong>Total</strong></td><td style=\"padding:8px 0;text-align:right\"><strong>")
            .Append(Encode(order.TotalMoney.ToString())).Append("</strong></td></tr>\n</table>\n");
        if (order.ShippingAddress is { } address)
        {
            html.Append("<p style=\"margin:16px 0 0\"><strong>Delivering to</strong><br>")
                .Append(string.Join("<br>", address.Lines.Select(Encode))).Append("</p>\n");
        }

        html
            .Append("<p style=\"margin:24px 0\"><a href=\"").Append(Encode(link))
            .Append("\" style=\"background:#222;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none\">")
            .Append(Encode(linkText)).Append("</a></p>\n")
            .Append("<p style=\"color:#666;font-size:13px\">").Append(Encode(StoreName)).Append("</p>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private string Text(Order order, string heading, string intro, string linkText, string link)
    {
        var text = new StringBuilder();
        text.Append(heading).Append("\n\n").Append(intro).Append("\n\nOrder ").Append(order.Number).Append("\n\n");
        foreach (var line in order.Lines.OrderBy(l => l.Id))
        {
            text.Append(line.ProductName).Append(" × ").Append(line.Quantity).Append("  ")
                .Append(new Money(line.LineTotal, order.Currency)).Append('\n');
        }

        foreach (var (label, amount) in OrderCharges.Of(order))
        {
            text.Append(label).Append("  ").Append(amount).Append('\n');
        }

        text.Append("Total  ").Append(order.TotalMoney).Append("\n\n");
        if (order.ShippingAddress is { } address)
        {
            text.Append("Delivering to\n").AppendJoin('\n', address.Lines).Append("\n\n");
        }

        text
            .Append(linkText).Append(": ").Append(link).Append("\n\n").Append(StoreName).Append('\n');
        return text.ToString();
    }

    private static string Encode(string value) => Encoder.Encode(value);
}
