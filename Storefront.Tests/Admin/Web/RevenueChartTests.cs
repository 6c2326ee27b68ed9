using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Storefront.Core.Admin;
using Storefront.Core.Store;
using Storefront.Web.Admin.Dashboard;

namespace Storefront.Tests.Admin.Web;

public sealed class RevenueChartTests : BunitContext
{
    private static readonly DateOnly LastDay = new(2026, 11, 23);

    public RevenueChartTests() =>
        Services.AddSingleton(Options.Create(new StoreOptions { Currency = "usd" }));

    [Fact]
    public void One_bar_per_day_scaled_to_the_best_day_each_titled_with_its_day_and_amount()
    {
        var days = ThirtyDays(new() { [LastDay] = 5000, [LastDay.AddDays(-1)] = 2500, [LastDay.AddDays(-29)] = 1250 });

        var chart = Render<RevenueChart>(p => p.Add(c => c.Days, days).Add(c => c.Currency, "usd"));

        var bars = chart.FindAll("rect.bar");
        Assert.Equal(30, bars.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => LastDay.AddDays(i - 29).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            bars.Select(bar => bar.GetAttribute("data-day")));
        Assert.Equal("120", bars[29].GetAttribute("height"));
        Assert.Equal("60", bars[28].GetAttribute("height"));
        Assert.Equal("30", bars[0].GetAttribute("height"));
        Assert.Equal("0", bars[1].GetAttribute("height"));
        Assert.Equal("8", bars[29].GetAttribute("y"));
        Assert.Equal("128", bars[1].GetAttribute("y"));
        Assert.Equal("23 Nov: $50.00", bars[29].QuerySelector("title")!.TextContent);
        Assert.Equal("25 Oct: $12.50", bars[0].QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void The_chart_has_a_title_a_summary_and_the_same_numbers_as_a_table()
    {
        var days = ThirtyDays(new() { [LastDay.AddDays(-3)] = 7500, [LastDay] = 2500 });

        var chart = Render<RevenueChart>(p => p.Add(c => c.Days, days).Add(c => c.Currency, "usd"));

        var svg = chart.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Paid revenue per day, last 30 days", chart.Find("svg > title").TextContent);
        Assert.Equal("From 25 Oct to 23 Nov: $100.00 in total, the most ($75.00) on 20 Nov.", chart.Find("svg > desc").TextContent);
        var rows = chart.FindAll(".revenue-table tbody tr");
        Assert.Equal(30, rows.Count);
        Assert.Equal(["20 Nov", "$75.00"], rows[26].Children.Select(cell => cell.TextContent));
        Assert.Equal(["26 Oct", "2 Nov", "9 Nov", "16 Nov", "23 Nov"], chart.FindAll(".day-label").Select(t => t.TextContent));
    }

    [Fact]
    public void A_month_without_revenue_draws_flat_bars_and_a_zero_decimal_currency_has_no_cents()
    {
        var empty = Render<RevenueChart>(p => p.Add(c => c.Days, ThirtyDays([])).Add(c => c.Currency, "usd"));
        var yen = Render<RevenueChart>(p => p.Add(c => c.Days, ThirtyDays(new() { [LastDay] = 1250 })).Add(c => c.Currency, "jpy"));

        Assert.All(empty.FindAll("rect.bar"), bar => Assert.Equal("0", bar.GetAttribute("height")));
        Assert.Equal("From 25 Oct to 23 Nov: $0.00 in total.", empty.Find("svg > desc").TextContent);
        Assert.Equal("23 Nov: ¥1,250", yen.FindAll("rect.bar")[29].QuerySelector("title")!.TextContent);
    }

    private static List<DailyRevenue> ThirtyDays(Dictionary<DateOnly, long> amounts) =>
        Enumerable.Range(0, 30)
            .Select(i => LastDay.AddDays(i - 29))
            .Select(day => new DailyRevenue(day, amounts.GetValueOrDefault(day)))
            .ToList();
}
