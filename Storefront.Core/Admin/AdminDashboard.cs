using Storefront.Core.Orders;

namespace Storefront.Core.Admin;

/// <summary>
/// The admin home page's figures. <see cref="CountsByStatus"/> covers the orders placed in the last 30 days (every status
/// present, zeros included); <see cref="DailyRevenue"/> holds those 30 UTC days, oldest first, none missing.
/// </summary>
public sealed record AdminDashboard(
    string Currency,
    PeriodTotals Today,
    PeriodTotals Last7Days,
    PeriodTotals Last30Days,
    IReadOnlyDictionary<OrderStatus, int> CountsByStatus,
    IReadOnlyList<DailyRevenue> DailyRevenue);
