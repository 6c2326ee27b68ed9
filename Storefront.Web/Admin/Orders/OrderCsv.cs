using System.Globalization;
using Storefront.Core.Admin;
using Storefront.Core.Pricing;

namespace Storefront.Web.Admin.Orders;

/// <summary>The order export's columns. Amounts are plain numbers in major units beside their currency, so a spreadsheet can add them up.</summary>
public static class OrderCsv
{
    public const string Header = "Number,Created (UTC),Email,Status,Total,Refunded,Currency,Needs review";

    public static string Row(AdminOrderRow row) => string.Join(',',
        CsvCell.Text(row.Number),
        row.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        CsvCell.Text(row.CustomerEmail),
        CsvCell.Text(OrderStatusWords.For(row.Status)),
        MajorUnits.Format(row.Total, row.Currency),
        MajorUnits.Format(row.AmountRefunded, row.Currency),
        row.Currency.ToUpperInvariant(),
        row.NeedsReview ? "yes" : "no");
}
