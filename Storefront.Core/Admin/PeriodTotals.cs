namespace Storefront.Core.Admin;

/// <summary>Orders created in a period, and what paid orders brought in (by when they were paid, net of refunds).</summary>
public sealed record PeriodTotals(int Orders, long PaidRevenue);
