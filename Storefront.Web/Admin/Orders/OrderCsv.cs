using System.Globalization;
using Storefront.Core.Admin;
using Storefront.Core.Pricing;

namespace Storefront.Web.Admin.Orders;

/// <summary>The order export's columns. Amounts are plain numbers in major units beside their currency, so a spreadsheet can add them up.</summary>
public static class OrderCsv
{
    public const string Header = "Number,Created (UTC),Email,Status,Total,Refunded,Currency,Needs review," +
        "Shipping method,Shipping,Tax,Discount,Promotion code,Ship to,Address line 1,Address line 2,City,Postal code,State,Country";

    public static string Row(AdminOrderRow row) => string.Join(',',
        CsvCell.Text(row.Number),
        row.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        CsvCell.Text(row.CustomerEmail),
        CsvCell.Text(OrderStatusWords.For(row.Status)),
        MajorUnits.Format(row.Total, row.Currency),
        MajorUnits.Format(row.AmountRefunded, row.Currency),
        row.Currency.ToUpperInvariant(),
        row.NeedsReview ? "yes" : "no",
        CsvCell.Text(row.ShippingRateName ?? ""),
        MajorUnits.Format(row.Shipping, row.Currency),
        MajorUnits.Format(row.Tax, row.Currency),
        MajorUnits.Format(row.Discount, row.Currency),
        CsvCell.Text(row.PromotionCode ?? ""),
        CsvCell.Text(row.Address?.Name ?? ""),
        CsvCell.Text(row.Address?.Line1 ?? ""),
        CsvCell.Text(row.Address?.Line2 ?? ""),
        CsvCell.Text(row.Address?.City ?? ""),
        CsvCell.Text(row.Address?.PostalCode ?? ""),
        CsvCell.Text(row.Address?.State ?? ""),
        CsvCell.Text(row.Address?.Country ?? ""));
}
