using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Admin.Web;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Audit;

public sealed class AuditPageTests
{
    private static readonly DateTime Placed = new(2026, 11, 16, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_resend_from_the_order_page_is_audited_under_the_signed_in_admin_and_listed_and_filtered_at_admin_audit(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var order = await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "ada@example.com", Placed);
        var path = $"/admin/orders/{order.Number}";
        var page = await admin.GetHtmlAsync(path);
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "resend-confirmation",
            ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(page),
        };
        (await admin.Client.PostAsync(path, new FormUrlEncodedContent(form))).EnsureSuccessStatusCode();

        await using var db = admin.Database.NewContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal((DevUser.Admin.UserId, DevUser.Admin.Name, AuditActions.OrderResendConfirmation, order.Number),
            (entry.ActorId, entry.ActorName, entry.Action, entry.TargetId));
        var list = await admin.GetHtmlAsync("/admin/audit");
        Assert.Contains("Confirmation email resent", list);
        Assert.Contains($">{order.Number}</a>", list);
        Assert.Contains("Dev Admin", list);
        Assert.Contains("Confirmation email resent by Dev Admin", await admin.GetHtmlAsync(path));
        Assert.Contains("No staff actions match.", await admin.GetHtmlAsync("/admin/audit?action=order.refund"));
        Assert.Contains("Dev Admin", await admin.GetHtmlAsync($"/admin/audit?actor=dev&target={order.Number.ToLowerInvariant()}"));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Filters_that_cannot_be_used_answer_400_with_the_reason(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);

        var response = await admin.Client.GetAsync("/admin/audit?from=2026-13-01&action=order.explode");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“From” must be a date such as 2026-01-31 (it is “2026-13-01”).", html);
        Assert.Contains("“order.explode” is not an audited action.", html);
    }
}
