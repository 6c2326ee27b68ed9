namespace Storefront.Core.Admin;

/// <summary>Net revenue of the orders paid on one UTC day, in minor units of the store currency.</summary>
public sealed record DailyRevenue(DateOnly Day, long Amount);
