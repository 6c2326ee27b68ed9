using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using Storefront.Web.Shopping;

namespace Storefront.Tests.Admin.Web;

public sealed class AdminAccessTests
{

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_shoppers_are_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var shopper = app.CreateClient();
        await shopper.SignInAsDevAsync(DevUser.Shopper);

        foreach (var path in new[] { "/admin", "/admin/orders", "/admin/orders/SF-ANY", "/admin/orders.csv" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"{AccountPaths.Login}?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);

            var refused = await shopper.GetAsync(path);
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains("Access denied", html);
            Assert.DoesNotContain("Number,Created", html);
        }

        Assert.False((await shopper.GetFromJsonAsync<VisitorState>(VisitorEndpoints.Path))!.IsAdmin);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_admin_sees_the_dashboard_with_the_admin_nav_and_the_header_link(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var now = DateTime.UtcNow;
        await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "ada@example.com", now, unitPrice: 1600, quantity: 2);
        await AdminSeed.OrderAsync(admin.Database, OrderStatus.AwaitingPayment, "bob@example.com", now);

        var html = await admin.GetHtmlAsync("/admin");

        Assert.Contains("<h1>Dashboard</h1>", html);
        // The header's link is filled in by visitor.js from /me (the page itself is the same for everyone).
        Assert.True((await admin.Client.GetFromJsonAsync<VisitorState>(VisitorEndpoints.Path))!.IsAdmin);
        foreach (var link in new[] { "Dashboard", "Orders", "Outbox" })
        {
            Assert.Matches($"<a [^>]*href=\"/admin[^\"]*\"[^>]*>{link}</a>", html);
        }

        Assert.Contains("<dd data-testid=\"orders\">2</dd>", html);
        Assert.Contains("<dd data-testid=\"revenue\"><span class=\"price\">$32.00</span></dd>", html);
        Assert.Equal(30, html.Split("<rect class=\"bar\"").Length - 1);
    }
}
