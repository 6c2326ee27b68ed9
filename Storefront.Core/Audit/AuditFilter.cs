namespace Storefront.Core.Audit;

/// <summary>Which audit entries to list, newest first; every part is optional. <see cref="From"/> and <see cref="To"/> are inclusive UTC days.</summary>
public sealed record AuditFilter
{
    public const int SmallestPage = 10;
    public const int LargestPage = 100;

    /// <summary>An action name, exactly, e.g. <c>order.refund</c>.</summary>
    public string? Action { get; init; }

    /// <summary>The start of the actor's name or their exact user id (any case).</summary>
    public string? Actor { get; init; }

    /// <summary>A target's id, exactly (any case): an order number, a product id.</summary>
    public string? Target { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>1-based; a number below 1 reads as 1, one past the last page as the last page.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Clamped to <see cref="SmallestPage"/>..<see cref="LargestPage"/>.</summary>
    public int PageSize { get; init; } = 25;

    internal int EffectivePageSize => Math.Clamp(PageSize, SmallestPage, LargestPage);
}
