using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Admin;

public sealed class OutboxPageTests
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Fact]
    public async Task Only_an_admin_may_open_the_outbox()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        using var anonymous = app.CreateClient(NoRedirects);
        using var shopper = app.CreateClient(NoRedirects);
        await shopper.SignInAsDevAsync(DevUser.Shopper);

        var redirected = await anonymous.GetAsync("/admin/outbox");
        var denied = await shopper.GetAsync("/admin/outbox");

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal($"{AccountPaths.Login}?returnUrl=%2Fadmin%2Foutbox", redirected.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/access-denied", denied.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_outbox_lists_each_email_with_its_status_attempts_and_last_error(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = new StorefrontFactory(database);
        using var admin = app.CreateClient(NoRedirects);
        await admin.SignInAsDevAsync(DevUser.Admin);
        var good = await PaidOrderAsync(app, database, "ada@example.com");
        var bad = await PaidOrderAsync(app, database, "ada at example dot com");
        await WaitForStatusAsync(database, good.Id, OutboxStatus.Sent);

        var all = Parse(await admin.GetStringAsync("/admin/outbox"));
        var failedOnly = Parse(await admin.GetStringAsync("/admin/outbox?status=Failed"));

        Assert.Equal("Outbox", all.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            [
                ($"Your Storefront order {bad.Number} is confirmedOrder confirmation", "ada at example dot com", "Failed", "0",
                    "'ada at example dot com' is not a valid email address."),
                ($"Your Storefront order {good.Number} is confirmedOrder confirmation", "ada@example.com", "Sent", "1", ""),
            ],
            Rows(all));
        Assert.Equal([bad.Number], Rows(failedOnly).Select(row => row.Email.Split(' ')[3]));
    }

    [Fact]
    public async Task A_message_page_previews_the_html_in_a_sandbox_and_resend_queues_it_again()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database);
        using var admin = app.CreateClient(NoRedirects);
        await admin.SignInAsDevAsync(DevUser.Admin);
        var order = await PaidOrderAsync(app, database, "ada@example.com");
        var sent = await WaitForStatusAsync(database, order.Id, OutboxStatus.Sent);

        var html = await admin.GetStringAsync($"/admin/outbox/{sent.Id}");
        var resend = await admin.PostAsync($"/admin/outbox/{sent.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "resend",
            ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(html),
        }));

        var page = Parse(html);
        Assert.Equal("Sent", page.QuerySelector("dd[data-status]")?.TextContent);
        var preview = page.QuerySelector("iframe.email-preview")!;
        Assert.Equal("", preview.GetAttribute("sandbox"));
        Assert.StartsWith("<!DOCTYPE html>", preview.GetAttribute("srcdoc"));
        Assert.Contains("Enamel Camp Mug × 2", preview.GetAttribute("srcdoc"));
        // The guest token opens the order to anyone: the preview keeps the link but not the token, in either part.
        var email = Parse(preview.GetAttribute("srcdoc")!);
        Assert.EndsWith($"/orders/{order.Number}?token=hidden", email.QuerySelector("a")?.GetAttribute("href"));
        Assert.DoesNotContain(order.AccessToken, html);
        Assert.Contains("Enamel Camp Mug × 2  $32.00", page.QuerySelector("pre.email-text")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        var again = await WaitForStatusAsync(database, order.Id, OutboxStatus.Sent, sequence: 2);
        Assert.Equal($"/admin/outbox/{again.Id}?resent=true", resend.Headers.Location?.PathAndQuery);
        Assert.Contains("Queued to be sent again.", await admin.GetStringAsync(resend.Headers.Location!.PathAndQuery));
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static List<(string Email, string To, string Status, string Attempts, string LastError)> Rows(IDocument page) =>
        page.QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToList())
            .Select(cells => (cells[1], cells[2], cells[3], cells[4], cells[5])).ToList();

    private static async Task<Order> PaidOrderAsync(StorefrontFactory app, TestDatabase database, string email)
    {
        var order = await OutboxRig.AwaitingPaymentAsync(database, email);
        await OutboxRig.MarkPaidAsync(app.Services.GetRequiredService<CheckoutFulfillment>(), order.Id);
        return order;
    }

    private static Task<OutboxMessage> WaitForStatusAsync(TestDatabase database, Guid orderId, OutboxStatus status, int sequence = 1) =>
        Wait.UntilAsync(async () =>
        {
            await using var db = database.NewContext();
            return await db.OutboxMessages.AsNoTracking()
                .FirstOrDefaultAsync(m => m.OrderId == orderId && m.Sequence == sequence && m.Status == status);
        });
}
