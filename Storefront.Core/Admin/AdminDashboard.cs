using Storefront.Core.Orders;

namespace Storefront.Core.Admin;

/// <summary>The admin home page's figures; <see cref="DailyRevenue"/> holds 30 UTC days, oldest first, none missing.</summary>
public sealed record AdminDashboard(
    string Currency,
    PeriodTotals Today,
    PeriodTotals Last7Days,
    PeriodTotals Last30Days,
    IReadOnlyDictionary<OrderStatus, int> CountsByStatus,
    IReadOnlyList<DailyRevenue> DailyRevenue);
