using Microsoft.EntityFrameworkCore;
using Storefront.Core.Cart;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Checkout;

/// <summary>
/// A checkout that Stripe reports complete is the shopper's purchase, even while a bank debit clears: a later
/// checkout of the same cart neither cancels it nor buys its lines again.
/// </summary>
public sealed class PendingDebitCheckoutTests
{
    private const string SettlingIban = "DE89370400440532013000";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_clearing_bank_debit_survives_a_changed_cart_and_a_new_checkout_and_is_paid_when_it_settles(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var cart = await store.CartWithAsync(("felt-desk-mat", 1));
        var first = await store.CheckoutAsync(cart);
        var firstSession = StoreHarness.SessionIdOf(first);
        await store.PayByBankDebitAsync(firstSession, SettlingIban);
        await store.WaitForAppliedEventAsync(await CompletedEventAsync(store, firstSession));
        var matsHeld = (await store.Database.ProductAsync("felt-desk-mat")).Stock;

        Assert.Equal(0, await store.Service<CartService>().CountItemsAsync(cart));
        var mug = await store.Database.ProductAsync("enamel-mug");
        await store.Service<CartService>().AddAsync(cart, mug.Id, 1);
        var second = await store.CheckoutAsync(cart);

        Assert.NotEqual(first.OrderNumber, second.OrderNumber);
        var waiting = await store.OrderAsync(first.OrderNumber);
        Assert.Equal((OrderStatus.AwaitingPayment, null), (waiting.Status, waiting.ReviewReason));
        Assert.Equal("Wool Felt Desk Mat", Assert.Single(waiting.Lines).ProductName);
        Assert.Equal(matsHeld, (await store.Database.ProductAsync("felt-desk-mat")).Stock);

        await store.ControlAsync($"checkout/sessions/{firstSession}/settle");

        var paid = await store.WaitForOrderAsync(first.OrderNumber, o => o.Status == OrderStatus.Paid);
        Assert.Null(paid.ReviewReason);
        Assert.Equal(matsHeld, (await store.Database.ProductAsync("felt-desk-mat")).Stock);
        Assert.Equal(OrderStatus.AwaitingPayment, (await store.OrderAsync(second.OrderNumber)).Status);
        Assert.Equal(1, await store.Service<CartService>().CountItemsAsync(cart));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_session_found_paid_at_the_next_checkout_is_not_bought_again_from_the_stale_cart(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var mugsBefore = (await store.Database.ProductAsync("enamel-mug")).Stock;
        var cart = await store.CartWithAsync(("enamel-mug", 1));
        var first = await store.CheckoutAsync(cart);
        // The store does not hear of the payment before the shopper, in another tab, changes the cart and checks out.
        await store.ControlAsync("webhooks/hold");
        await store.PayAsync(StoreHarness.SessionIdOf(first));
        var lamp = await store.Database.ProductAsync("desk-lamp");
        await store.Service<CartService>().AddAsync(cart, lamp.Id, 1);

        var refused = await Assert.ThrowsAsync<CheckoutException>(() => store.CheckoutAsync(cart));

        Assert.Equal(CheckoutProblem.EmptyCart, refused.Problem);
        await using var db = store.Database.NewContext();
        var order = await db.Orders.SingleAsync();
        Assert.Equal((first.OrderNumber, OrderStatus.Paid), (order.Number, order.Status));
        Assert.Equal(mugsBefore - 1, (await store.Database.ProductAsync("enamel-mug")).Stock);
        Assert.Equal(lamp.Stock, (await store.Database.ProductAsync("desk-lamp")).Stock);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_second_paid_session_for_a_paid_order_is_held_for_review_and_a_repeat_of_the_first_is_not(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        var firstSession = StoreHarness.SessionIdOf(started);
        await store.PayAsync(firstSession);
        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        await store.Service<CheckoutFulfillment>().FulfillCheckoutAsync(firstSession);
        Assert.Null((await store.OrderAsync(order.Number)).ReviewReason);

        // A session the store lost track of (say, created just before a crash) names the same order and is paid too.
        var stray = await StraySessions.CreateAsync(store, order);
        await store.PayAsync(stray);

        var flagged = await store.WaitForOrderAsync(order.Number, o => o.ReviewReason is not null);
        Assert.Equal(OrderStatus.Paid, flagged.Status);
        Assert.Contains(stray, flagged.ReviewReason);
        await using var db = store.Database.NewContext();
        Assert.Equal(2, await db.Payments.CountAsync(p => p.OrderId == order.Id && p.Status == PaymentStatus.Succeeded));
    }

    private static Task<string> CompletedEventAsync(StoreHarness store, string sessionId) =>
        Wait.UntilAsync(async () =>
            (await store.ControlGetAsync("events?type=checkout.session.completed"))
            .FirstOrDefault(e => e!["object_id"]!.GetValue<string>() == sessionId)?["id"]?.GetValue<string>());
}
