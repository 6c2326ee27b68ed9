using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Storefront.Core.Notifications;
using Storefront.Core.Store;

namespace Storefront.Core.Catalog.Stock;

/// <summary>The shop's notice that a product ran low, linking to its admin page; the product's name is HTML-encoded.</summary>
public sealed class LowStockEmailRenderer(IOptions<StoreOptions> store)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public RenderedEmail Render(int productId, string productName, StockLedgerEntry movement, int threshold)
    {
        var subject = $"Low stock: {productName} ({movement.StockAfter} left)";
        var intro = $"{productName} is down to {movement.StockAfter} (the low-stock threshold is {threshold}) after a {StockReasons.For(movement.Reason).ToLowerInvariant()} of {Math.Abs(movement.Delta)}.";
        var link = store.Value.AbsoluteUrl($"/admin/products/{productId}");
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + Encoder.Encode(subject) + "</title></head>\n"
            + "<body style=\"font-family:Helvetica,Arial,sans-serif;color:#222\">\n<h1 style=\"font-size:22px\">" + Encoder.Encode(subject) + "</h1>\n"
            + "<p>" + Encoder.Encode(intro) + "</p>\n<p><a href=\"" + Encoder.Encode(link) + "\">Restock it</a></p>\n"
            + "<p style=\"color:#666;font-size:13px\">" + Encoder.Encode(store.Value.Name) + "</p>\n</body>\n</html>\n";
        var text = $"{subject}\n\n{intro}\n\nRestock it: {link}\n\n{store.Value.Name}\n";
        return new RenderedEmail(subject, html, text);
    }
}
