using Storefront.Core.Orders;

namespace Storefront.Core.Admin;

/// <summary>What staff narrow the order list by; every part is optional. <see cref="From"/> and <see cref="To"/> are inclusive UTC days.</summary>
public sealed record AdminOrderFilter
{
    public const int SmallestPage = 10;
    public const int LargestPage = 100;

    /// <summary>An order number (exact, any case) or the start of a customer's email (any case).</summary>
    public string? Search { get; init; }

    public OrderStatus? Status { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public AdminOrderSort Sort { get; init; } = AdminOrderSort.Newest;

    /// <summary>The page holds the rows that follow this one in the list's order; it wins over <see cref="Before"/>.</summary>
    public AdminOrderCursor? After { get; init; }

    /// <summary>The page holds the rows that come just before this one; past the start, it is the first page.</summary>
    public AdminOrderCursor? Before { get; init; }

    /// <summary>Clamped to <see cref="SmallestPage"/>..<see cref="LargestPage"/>.</summary>
    public int PageSize { get; init; } = 25;

    internal int EffectivePageSize => Math.Clamp(PageSize, SmallestPage, LargestPage);
}
