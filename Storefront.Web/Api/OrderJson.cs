using Storefront.Core.Orders;

namespace Storefront.Web.Api;

/// <summary>An order as the JSON API shows it: amounts in the currency's minor units (cents; yen for JPY).</summary>
public sealed record OrderJson(
    string Number,
    string Status,
    string Currency,
    long Total,
    long AmountRefunded,
    DateTime CreatedAt,
    DateTime? PaidAt,
    IReadOnlyList<OrderLineJson> Lines)
{
    public static OrderJson From(Order order) => new(
        order.Number, order.Status.ToString(), order.Currency, order.Total, order.AmountRefunded, order.CreatedAt, order.PaidAt,
        order.Lines.Select(line => new OrderLineJson(line.ProductName, line.UnitPrice, line.Quantity)).ToList());
}
