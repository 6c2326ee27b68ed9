using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using Storefront.Web.Payments;

namespace Storefront.Tests.Admin.Web;

public sealed partial class AdminOrderDetailTests
{
    private static readonly DateTime Placed = new(2026, 11, 16, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_page_shows_the_lines_customer_and_stripe_ids_and_an_unknown_number_is_a_404(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var order = await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "ada@example.com", Placed);
        await using var db = admin.Database.NewContext();
        var payment = await db.Payments.SingleAsync();

        var html = await admin.GetHtmlAsync($"/admin/orders/{order.Number.ToLowerInvariant()}");
        var missing = await admin.Client.GetAsync("/admin/orders/SF-NOSUCH00");

        Assert.Contains($"<h1>Order {order.Number}</h1>", html);
        Assert.Contains("data-testid=\"order-status\">Paid<", html);
        Assert.Contains("Enamel Camp Mug", html);
        Assert.Contains("ada@example.com", html);
        Assert.Contains($"<code>{payment.CheckoutSessionId}</code>", html);
        Assert.Contains($"<code>{payment.PaymentIntentId}</code>", html);
        Assert.Contains("<label for=\"refund-amount\">Refund amount</label>", html);
        Assert.Contains(">Reconcile with Stripe</button>", html);
        Assert.Contains(">Resend confirmation email</button>", html);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_refund_over_what_is_left_or_in_a_wrong_format_shows_why_and_changes_nothing(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var order = await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "ada@example.com", Placed, unitPrice: 1600, quantity: 2);
        var path = $"/admin/orders/{order.Number}";

        var tooMuch = await RefundAsync(admin, path, "32.01");
        var tooPrecise = await RefundAsync(admin, path, "12.505");

        Assert.Contains($"A refund of $32.01 is more than the $32.00 left to refund on order {order.Number}.", tooMuch);
        Assert.Contains("USD amounts have at most 2 decimals.", tooPrecise);
        Assert.Contains("value=\"12.505\"", tooPrecise);
        await using var db = admin.Database.NewContext();
        var stored = await db.Orders.SingleAsync();
        Assert.Equal((OrderStatus.Paid, 0L), (stored.Status, stored.AmountRefunded));
        Assert.Equal(0L, (await db.Payments.SingleAsync()).AmountRefunded);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_refund_form_sent_twice_refunds_once_and_the_order_follows_when_stripe_confirms(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = store.BaseUri };
        var (started, path, form) = await PaidOrderPageAsync(store, client);

        var first = await PostRefundAsync(client, path, form, "12.50");
        var second = await PostRefundAsync(client, path, form, "12.50");

        var refundId = RefundId().Match(first).Groups[1].Value;
        Assert.StartsWith("re_", refundId);
        Assert.Contains($"Refund requested ({refundId}).", second);
        Assert.Single(await store.ControlGetAsync("events?type=charge.refunded"));
        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.PartiallyRefunded);
        Assert.Equal(1250, order.AmountRefunded);
        Assert.Contains("data-testid=\"order-status\">Partially refunded<", WebUtility.HtmlDecode(await client.GetStringAsync(path)));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task When_stripe_does_not_answer_a_refund_the_page_says_so_and_the_retry_reuses_the_request_key(DatabaseProvider provider)
    {
        var unreachable = new FlakyStripeHandler(2, () => null, request =>
            request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/v1/refunds", StringComparison.Ordinal));
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["Checkout:StripeAttempts"] = "2" },
            services => services.AddHttpClient(StoreStripeClient.HttpClientName).AddHttpMessageHandler(() => unreachable));
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = store.BaseUri };
        var (started, path, form) = await PaidOrderPageAsync(store, client);

        var failed = await PostRefundAsync(client, path, form, "5.00");
        var retried = await PostRefundAsync(client, path, failed, "5.00");

        Assert.Contains("Stripe did not answer. Send the form again; it will not refund twice.", failed);
        Assert.Equal(RequestKey().Match(form).Groups[1].Value, RequestKey().Match(failed).Groups[1].Value);
        Assert.Contains("Refund requested (re_", retried);
        Assert.Equal(3, unreachable.IdempotencyKeys.Count);
        Assert.Single(unreachable.IdempotencyKeys.Distinct());
        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.PartiallyRefunded);
        Assert.Equal(500, order.AmountRefunded);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Resending_the_confirmation_queues_one_email_and_an_unpaid_order_is_refused(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var paid = await AdminSeed.OrderAsync(admin.Database, OrderStatus.Paid, "ada@example.com", Placed);
        var waiting = await AdminSeed.OrderAsync(admin.Database, OrderStatus.AwaitingPayment, "bob@example.com", Placed);
        var before = await ConfirmationsAsync(admin, paid.Id);

        var queued = await PostFormAsync(admin.Client, $"/admin/orders/{paid.Number}", await admin.GetHtmlAsync($"/admin/orders/{paid.Number}"), "resend-confirmation");
        var refused = await PostFormAsync(admin.Client, $"/admin/orders/{waiting.Number}", await admin.GetHtmlAsync($"/admin/orders/{waiting.Number}"), "resend-confirmation");

        Assert.Contains("Confirmation email queued; the Outbox shows when it is sent.", queued);
        Assert.Contains($"Order {waiting.Number} is AwaitingPayment; only a paid order can be confirmed.", refused);
        Assert.Equal(before + 1, await ConfirmationsAsync(admin, paid.Id));
        Assert.Equal(0, await ConfirmationsAsync(admin, waiting.Id));
    }

    /// <summary>Two mugs paid through the emulator; <paramref name="client"/> signs in as the admin and opens the order's page.</summary>
    private static async Task<(CheckoutStarted Started, string Path, string Page)> PaidOrderPageAsync(StoreHarness store, HttpClient client)
    {
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 2)));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        await client.SignInAsDevAsync(DevUser.Admin);
        var path = $"/admin/orders/{started.OrderNumber}";
        return (started, path, WebUtility.HtmlDecode(await client.GetStringAsync(path)));
    }

    private static async Task<int> ConfirmationsAsync(AdminSession admin, Guid orderId)
    {
        await using var db = admin.Database.NewContext();
        return await db.OutboxMessages.CountAsync(m => m.OrderId == orderId && m.Kind == EmailKind.OrderConfirmation);
    }

    private static async Task<string> RefundAsync(AdminSession admin, string path, string amount) =>
        await PostRefundAsync(admin.Client, path, await admin.GetHtmlAsync(path), amount);

    private static Task<string> PostRefundAsync(HttpClient client, string path, string page, string amount) =>
        PostFormAsync(client, path, page, "refund", ("Amount", amount), ("RequestKey", RequestKey().Match(page).Groups[1].Value));

    /// <summary>Sends one of <paramref name="page"/>'s forms as the browser would, with its antiforgery token.</summary>
    internal static async Task<string> PostFormAsync(HttpClient client, string path, string page, string formName, params (string Name, string Value)[] fields)
    {
        var form = new Dictionary<string, string>
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(page),
        };
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        var response = await client.PostAsync(path, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"RequestKey\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex RequestKey();

    [GeneratedRegex("Refund requested \\((re_[A-Za-z0-9_]+)\\)")]
    private static partial Regex RefundId();
}
