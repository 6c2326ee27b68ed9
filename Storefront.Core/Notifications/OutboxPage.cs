namespace Storefront.Core.Notifications;

public sealed record OutboxPage(IReadOnlyList<OutboxMessage> Messages, int Page, int PageSize, int TotalCount)
{
    public int PageCount { get; } = Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
