namespace Storefront.Web.Api;

public sealed record AdminOrderRowJson(
    string Number, DateTime CreatedAt, string CustomerEmail, string Status, long Total, long AmountRefunded, string Currency, bool NeedsReview);
