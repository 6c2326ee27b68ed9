namespace Storefront.Core.Admin;

/// <summary>One thing that happened to an order. <see cref="Reference"/> is the Stripe event id or refund id, when there is one.</summary>
public sealed record OrderTimelineEntry(DateTime At, OrderTimelineKind Kind, string Description, string? Reference);
