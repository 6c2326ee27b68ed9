namespace Storefront.Core.Payments.WebhookLog;

/// <summary>Which received events to list, newest first; all optional.</summary>
public sealed record WebhookEventFilter
{
    public WebhookEventState? State { get; init; }

    /// <summary>1-based; clamped to at least 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Clamped to 10..100.</summary>
    public int PageSize { get; init; } = 25;
}
