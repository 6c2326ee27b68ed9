using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Admin.Web;

/// <summary>The dashboard's revenue is what shoppers paid, shipping and tax included and discounts taken off, and says so.</summary>
public sealed class DashboardRevenueTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Paid_revenue_includes_shipping_and_tax_less_the_discount_and_its_label_says_so(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        await AdminShippingPageTests.PaidWithShippingAsync(admin.Database, DateTime.UtcNow);

        var dashboard = await admin.GetHtmlAsync("/admin");

        Assert.Contains("Paid revenue <span class=\"muted\">(incl. shipping and tax, less discounts)</span>", dashboard);
        Assert.Matches("data-testid=\"revenue\"><span class=\"price\">\\$47\\.56</span>", dashboard);
    }
}
