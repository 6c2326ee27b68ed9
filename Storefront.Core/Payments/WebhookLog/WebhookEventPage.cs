namespace Storefront.Core.Payments.WebhookLog;

public sealed record WebhookEventPage(IReadOnlyList<WebhookEventRow> Rows, int Page, int PageSize, int TotalCount)
{
    public int PageCount { get; } = Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
