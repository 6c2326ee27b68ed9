namespace Storefront.Core.Notifications;

/// <summary>Which outbox messages to list, newest first; all optional.</summary>
public sealed record OutboxFilter
{
    public OutboxStatus? Status { get; init; }

    /// <summary>1-based; clamped to at least 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Clamped to 10..100.</summary>
    public int PageSize { get; init; } = 25;
}
