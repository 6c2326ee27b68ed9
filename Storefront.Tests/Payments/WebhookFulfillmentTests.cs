using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Stripe;
using Core = Storefront.Core;

namespace Storefront.Tests.Payments;

public sealed class WebhookFulfillmentTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_card_payment_is_fulfilled_by_the_webhook_alone(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var cart = await store.CartWithAsync(("enamel-mug", 2));
        var started = await store.CheckoutAsync(cart);

        await store.PayAsync(StoreHarness.SessionIdOf(started));

        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        Assert.Equal("ada@example.com", order.CustomerEmail);
        Assert.NotNull(order.PaidAt);
        await using var db = store.Database.NewContext();
        var payment = await db.Payments.SingleAsync();
        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
        Assert.StartsWith("pi_", payment.PaymentIntentId);
        Assert.Contains(await db.ProcessedWebhookEvents.Select(e => e.Type).ToListAsync(), t => t == "checkout.session.completed");
        Assert.True((await store.Service<Core.Cart.CartService>().GetAsync(cart)).IsEmpty);
        Assert.Equal(118, (await store.Database.ProductAsync("enamel-mug")).Stock);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_same_event_delivered_twice_at_the_same_moment_has_one_effect(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("brass-pen", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        var eventId = await store.EventIdAsync("checkout.session.completed", sessionId);

        var delivery = await store.ControlAsync($"events/{eventId}/deliver?count=2&concurrent=true");

        Assert.All(delivery.AsArray(), attempt => Assert.Equal(200, attempt!["status_code"]!.GetValue<int>()));
        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        await store.WaitForAppliedEventAsync(eventId);
        await using var db = store.Database.NewContext();
        Assert.Equal(1, await db.Payments.CountAsync());
        var paidBefore = order.PaidAt;
        await store.ControlAsync($"events/{eventId}/deliver");
        Assert.Equal((OrderStatus.Paid, paidBefore), ((await store.OrderAsync(started.OrderNumber)).Status, (await store.OrderAsync(started.OrderNumber)).PaidAt));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_event_applied_from_several_instances_at_the_same_moment_is_applied_once(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("brass-pen", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        await using (var db = store.Database.NewContext())
        {
            // Straight into the inbox, unannounced, as another instance's webhook would leave it.
            var payload = SignedEvent.CheckoutSession("evt_raced", "checkout.session.completed", sessionId, "complete");
            db.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent("evt_raced", "checkout.session.completed", payload, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var processor = store.Service<StripeWebhookProcessor>();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var db = store.Database.NewContext();
            var received = await db.ProcessedWebhookEvents.AsNoTracking().SingleAsync(e => e.EventId == "evt_raced");
            return await processor.ApplyAsync(received, CancellationToken.None);
        })));

        // The inbox worker may be one of the racers, so at most one of these four applied it; the event counts every application.
        Assert.True(outcomes.Count(o => o is not null) <= 1, string.Join(" | ", outcomes.Select(o => o?.Description)));
        var applied = await store.WaitForAppliedEventAsync("evt_raced");
        Assert.Equal(1, applied.Attempts);
        Assert.Equal(OrderStatus.Paid, (await store.OrderAsync(started.OrderNumber)).Status);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_expired_checkout_cancels_the_order_and_gives_the_stock_back(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("trail-blanket", 3)));
        Assert.Equal(1, (await store.Database.ProductAsync("trail-blanket")).Stock);

        await store.ControlAsync($"checkout/sessions/{StoreHarness.SessionIdOf(started)}/expire");

        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Cancelled);
        Assert.Equal(4, (await store.Database.ProductAsync("trail-blanket")).Stock);
        await using var db = store.Database.NewContext();
        Assert.Equal(PaymentStatus.Expired, (await db.Payments.SingleAsync()).Status);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_expired_event_arriving_after_payment_leaves_the_order_paid(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("trail-blanket", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        var payload = SignedEvent.CheckoutSession("evt_late_expired", "checkout.session.expired", sessionId, "expired");

        var response = await PostAsync(store, payload, SignedEvent.Signature(payload, StoreHarness.WebhookSecret, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already Paid", (await store.WaitForAppliedEventAsync("evt_late_expired")).Outcome);
        Assert.Equal(OrderStatus.Paid, (await store.OrderAsync(started.OrderNumber)).Status);
        Assert.Equal(3, (await store.Database.ProductAsync("trail-blanket")).Stock);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Partial_then_full_refunds_move_the_order_by_amount(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("canvas-backpack", 1)));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        string paymentIntent;
        await using (var db = store.Database.NewContext())
        {
            paymentIntent = (await db.Payments.SingleAsync()).PaymentIntentId!;
        }

        var refunds = new RefundService(store.Stripe);
        await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntent, Amount = 4500 });
        var partial = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.PartiallyRefunded);
        await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntent });
        var full = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Refunded);

        Assert.Equal(4500, partial.AmountRefunded);
        Assert.Equal(14500, full.AmountRefunded);
        await using var check = store.Database.NewContext();
        var payment = await check.Payments.SingleAsync();
        Assert.Equal((PaymentStatus.Refunded, 14500L), (payment.Status, payment.AmountRefunded));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_payment_that_does_not_match_the_order_is_held_for_review_not_marked_paid(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("steel-water-bottle", 1)));
        await using (var db = store.Database.NewContext())
        {
            // The order and what Stripe charges disagree, as after a bug or a tampered session.
            await db.Set<OrderLine>().ExecuteUpdateAsync(set => set.SetProperty(l => l.UnitPrice, 9999L));
        }

        await store.PayAsync(StoreHarness.SessionIdOf(started));

        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.ReviewReason is not null);
        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
        Assert.Contains("3200", order.ReviewReason);
        Assert.Contains("9999", order.ReviewReason);
        await using var check = store.Database.NewContext();
        Assert.Equal(PaymentStatus.Succeeded, (await check.Payments.SingleAsync()).Status);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_event_on_an_older_api_version_is_accepted(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["StripeEmulator:ApiVersion"] = "2024-06-20" });
        var started = await store.CheckoutAsync(await store.CartWithAsync(("linen-notebook", 1)));

        await store.PayAsync(StoreHarness.SessionIdOf(started));

        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        var attempts = await store.ControlGetAsync("webhooks/attempts");
        Assert.All(attempts, attempt => Assert.Equal(200, attempt!["status_code"]!.GetValue<int>()));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_event_for_a_session_Stripe_does_not_know_is_recorded_and_answered_so_Stripe_stops(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var payload = SignedEvent.CheckoutSession("evt_unknown_session", "checkout.session.completed", "cs_test_nobody", "complete");

        var response = await PostAsync(store, payload, SignedEvent.Signature(payload, StoreHarness.WebhookSecret, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = await store.WaitForAppliedEventAsync("evt_unknown_session");
        Assert.Equal(("Stripe knows no Checkout Session cs_test_nobody.", (Guid?)null), (recorded.Outcome, recorded.OrderId));
    }

    private static async Task<HttpResponseMessage> PostAsync(StoreHarness store, string payload, string signature)
    {
        using var client = new HttpClient { BaseAddress = store.BaseUri };
        return await client.PostAsync("/webhooks/stripe", SignedEvent.Content(payload, signature));
    }
}
