using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Payments;

namespace Storefront.Tests.Payments;

public sealed class ShippingFulfillmentTests
{
    // The Development settings' rate amounts and tax, which the harness otherwise sets to nothing.
    private static readonly Dictionary<string, string?> DevelopmentCharges = new()
    {
        ["Shipping:Rates:0:Amount"] = "500",
        ["Shipping:Rates:1:Amount"] = "1500",
        ["Tax:Mode"] = "Stripe",
    };

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_cart_of_only_downloads_sends_no_shipping_parameters_and_a_cart_to_ship_sends_the_settings(DatabaseProvider provider)
    {
        var recorder = new StripeRequestRecorder();
        await using var store = await StoreHarness.StartAsync(provider, DevelopmentCharges, s =>
            s.AddHttpClient(StoreStripeClient.HttpClientName).AddHttpMessageHandler(() => recorder));

        await store.CheckoutAsync(await store.CartWithAsync(("brewing-guide", 1)));
        await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1), ("brewing-guide", 1)));
        await store.CheckoutAsync(await store.CartWithAsync(("canvas-backpack", 1)));

        var sessions = recorder.SessionsCreated.ToList();
        Assert.Equal(3, sessions.Count);
        Assert.DoesNotContain(sessions[0].Keys, key => key.StartsWith("shipping_", StringComparison.Ordinal));
        var mug = sessions[1];
        Assert.Equal(["US", "CA", "GB", "DE", "FR", "NL"],
            mug.Where(p => p.Key.StartsWith("shipping_address_collection[allowed_countries]", StringComparison.Ordinal)).Select(p => p.Value));
        Assert.Equal(("Standard", "500", "Express", "1500"), (
            mug["shipping_options[0][shipping_rate_data][display_name]"], mug["shipping_options[0][shipping_rate_data][fixed_amount][amount]"],
            mug["shipping_options[1][shipping_rate_data][display_name]"], mug["shipping_options[1][shipping_rate_data][fixed_amount][amount]"]));
        Assert.Equal(("true", "true", "true"), (mug["automatic_tax[enabled]"], mug["allow_promotion_codes"], mug["phone_number_collection[enabled]"]));
        // 145.00 is over the standard rate's free-shipping threshold of 100.00; express still costs.
        Assert.Equal(("0", "1500"), (sessions[2]["shipping_options[0][shipping_rate_data][fixed_amount][amount]"],
            sessions[2]["shipping_options[1][shipping_rate_data][fixed_amount][amount]"]));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_session_whose_total_is_lines_plus_shipping_plus_tax_less_discount_pays_the_order_with_what_Stripe_collected(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 2)));
        var order = await store.OrderAsync(started.OrderNumber);

        var outcome = await ApplyAsync(store, Paid(order, amountTotal: 3200 + 1500 + 376 - 320));

        Assert.Equal(OrderStatus.Paid, outcome.Status);
        var paid = await store.OrderAsync(started.OrderNumber);
        // "Next day" is in no settings: a rate removed while the session was open still applies, as the session says.
        Assert.Equal((4756L, "Next day", 1500L, 376L, 320L, "TEN", "+1 555 0100"),
            (paid.Total, paid.ShippingRateName, paid.ShippingAmount, paid.TaxAmount, paid.DiscountAmount, paid.PromotionCode, paid.Phone));
        Assert.Equal(new ShippingAddress("Ada Lovelace", "1 Main St", null, "Springfield", "62701", "IL", "US"), paid.ShippingAddress);
        await using var db = store.Database.NewContext();
        Assert.Contains("Shipping (Next day)", (await db.OutboxMessages.SingleAsync(m => m.Kind == EmailKind.OrderConfirmation)).TextBody);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_session_whose_total_disagrees_with_lines_plus_shipping_plus_tax_less_discount_is_held_for_review(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 2)));
        var order = await store.OrderAsync(started.OrderNumber);

        // What the lines alone cost: Stripe forgot the shipping, tax and discount it reports.
        var outcome = await ApplyAsync(store, Paid(order, amountTotal: 3200));

        Assert.Equal(OrderStatus.AwaitingPayment, outcome.Status);
        var held = await store.OrderAsync(started.OrderNumber);
        Assert.Contains("the order totals 4756 usd", held.ReviewReason);
        Assert.Equal((3200L, (ShippingAddress?)null), (held.Total, held.ShippingAddress));
        await using var db = store.Database.NewContext();
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_event_on_an_older_api_version_gives_the_address_from_its_shipping_details(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        await store.ControlAsync("webhooks/hold");
        // A download asks no address, so Stripe's current view of the session has none and the event's is the one there is.
        var started = await store.CheckoutAsync(await store.CartWithAsync(("brewing-guide", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        var payload = JsonNode.Parse(SignedEvent.CheckoutSession("evt_old_shipping", "checkout.session.completed", sessionId, "complete", "2024-06-20"))!;
        payload["data"]!["object"]!["shipping_details"] = new JsonObject
        {
            ["name"] = "Grace Hopper",
            ["address"] = new JsonObject
            {
                ["line1"] = "2 Navy Way", ["line2"] = null, ["city"] = "Arlington", ["postal_code"] = "22201", ["state"] = "VA", ["country"] = "US",
            },
        };
        var json = payload.ToJsonString();

        using var client = new HttpClient { BaseAddress = store.BaseUri };
        var response = await client.PostAsync("/webhooks/stripe",
            SignedEvent.Content(json, SignedEvent.Signature(json, StoreHarness.WebhookSecret, DateTimeOffset.UtcNow)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await store.WaitForAppliedEventAsync("evt_old_shipping");
        var order = await store.OrderAsync(started.OrderNumber);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(new ShippingAddress("Grace Hopper", "2 Navy Way", null, "Arlington", "22201", "VA", "US"), order.ShippingAddress);
    }

    private static CheckoutSessionView Paid(Order order, long amountTotal) => new(
        order.CheckoutSessionId!, order.Id.ToString(), "complete", "paid", "pi_test_shipping", "succeeded", amountTotal, "usd", "ada@example.com",
        new CheckoutDetails(new ShippingAddress("Ada Lovelace", "1 Main St", null, "Springfield", "62701", "IL", "US"), "+1 555 0100", "Next day", 1500, 376, 320, "TEN"));

    private static Task<FulfillmentOutcome> ApplyAsync(StoreHarness store, CheckoutSessionView session) =>
        store.Service<CheckoutFulfillment>().ApplyAsync((db, now, ct) => CheckoutSessionApplier.ApplyAsync(db, session, now, ct), CancellationToken.None);
}
