using Storefront.Core.Admin;

namespace Storefront.Web.Admin.Dashboard;

/// <summary>Where one day's bar sits in the revenue chart: bars share one scale, the best day reaching the top.</summary>
public sealed record RevenueChartBar(DateOnly Day, long Amount, double X, double Y, double Height)
{
    public static IEnumerable<RevenueChartBar> Layout(IReadOnlyList<DailyRevenue> days, double pitch, double plotHeight, double top)
    {
        var max = days.Count == 0 ? 0 : days.Max(day => day.Amount);
        for (var index = 0; index < days.Count; index++)
        {
            var height = max <= 0 ? 0 : Math.Max(0, days[index].Amount) * plotHeight / max;
            yield return new RevenueChartBar(days[index].Day, days[index].Amount, index * pitch, top + plotHeight - height, height);
        }
    }
}
