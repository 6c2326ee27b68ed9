using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Payments;
using Stripe.Checkout;
using Core = Storefront.Core;

namespace Storefront.Tests.Checkout;

public sealed class CheckoutServiceTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Checkout_makes_one_order_and_one_session_priced_from_the_catalog(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var cart = await store.CartWithAsync(("enamel-mug", 2), ("brass-pen", 1));

        var started = await store.CheckoutAsync(cart, "ada@example.com");

        var order = await store.OrderAsync(started.OrderNumber);
        Assert.Equal((OrderStatus.AwaitingPayment, 2 * 1600 + 4200L, "usd"), (order.Status, order.Total, order.Currency));
        Assert.Equal(StoreHarness.SessionIdOf(started), order.CheckoutSessionId);
        Assert.Equal(118, (await store.Database.ProductAsync("enamel-mug")).Stock);
        var session = await new SessionService(store.Stripe).GetAsync(order.CheckoutSessionId, new SessionGetOptions { Expand = ["line_items"] });
        Assert.Equal((7400L, "usd", "payment"), (session.AmountTotal, session.Currency, session.Mode));
        Assert.Equal(order.Id.ToString(), session.Metadata["order_id"]);
        Assert.Equal(order.Id.ToString(), session.ClientReferenceId);
        Assert.Equal("ada@example.com", session.CustomerEmail);
        Assert.Equal(["Brass Ballpoint Pen", "Enamel Camp Mug"], session.LineItems.Data.Select(l => l.Description).Order());
        Assert.StartsWith(new Uri(store.BaseUri, "checkout/cancel?order=").ToString(), session.CancelUrl);
        await using var db = store.Database.NewContext();
        var payment = await db.Payments.SingleAsync();
        Assert.Equal((order.CheckoutSessionId, PaymentStatus.Pending, 7400L), (payment.CheckoutSessionId, payment.Status, payment.Amount));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_double_click_or_two_tabs_make_one_order_and_one_session(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var cart = await store.CartWithAsync(("wool-socks", 3));

        var started = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => store.CheckoutAsync(cart))));
        var again = await store.CheckoutAsync(cart);

        Assert.Single(started.Append(again).Select(s => s.PaymentUrl).Distinct());
        await using var db = store.Database.NewContext();
        Assert.Equal(1, await db.Orders.CountAsync());
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(87, (await store.Database.ProductAsync("wool-socks")).Stock);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Changing_the_cart_after_checkout_cancels_the_old_order_and_gives_its_stock_back(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var cart = await store.CartWithAsync(("organic-tee", 2));
        var first = await store.CheckoutAsync(cart);
        var tee = await store.Database.ProductAsync("organic-tee");
        await store.Service<Core.Cart.CartService>().AddAsync(cart, tee.Id, 1);

        var second = await store.CheckoutAsync(cart);

        Assert.NotEqual(first.OrderNumber, second.OrderNumber);
        Assert.Equal(OrderStatus.Cancelled, (await store.OrderAsync(first.OrderNumber)).Status);
        Assert.Equal(3 * 2900, (await store.OrderAsync(second.OrderNumber)).Total);
        Assert.Equal(147, (await store.Database.ProductAsync("organic-tee")).Stock);
        Assert.Equal("expired", (await new SessionService(store.Stripe).GetAsync(StoreHarness.SessionIdOf(first))).Status);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_shoppers_racing_for_the_last_units_get_one_order_and_the_other_is_told(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var first = await store.CartWithAsync(("desk-lamp", 2));
        var second = await store.CartWithAsync(("desk-lamp", 2));

        var results = await Task.WhenAll(new[] { first, second }.Select(cart => Task.Run(async () =>
        {
            try
            {
                return (Started: await store.CheckoutAsync(cart), Refused: (CheckoutException?)null);
            }
            catch (CheckoutException refused)
            {
                return (Started: (CheckoutStarted?)null, Refused: refused);
            }
        })));

        Assert.Single(results, r => r.Started is not null);
        var refused = Assert.Single(results, r => r.Refused is not null).Refused!;
        Assert.Equal(CheckoutProblem.OutOfStock, refused.Problem);
        Assert.Contains("Oak Desk Lamp sold out", refused.Message);
        Assert.Equal(0, (await store.Database.ProductAsync("desk-lamp")).Stock);
        await using var db = store.Database.NewContext();
        Assert.Equal(1, await db.Orders.CountAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_empty_cart_is_refused_and_nothing_is_created(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);

        var refused = await Assert.ThrowsAsync<CheckoutException>(() => store.CheckoutAsync(Guid.NewGuid()));

        Assert.Equal((CheckoutProblem.EmptyCart, "Your cart is empty."), (refused.Problem, refused.Message));
        await using var db = store.Database.NewContext();
        Assert.False(await db.Orders.AnyAsync());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_429_or_a_lost_connection_is_retried_with_the_same_idempotency_key(DatabaseProvider provider)
    {
        var rateLimited = FlakyStripeHandler.RateLimited(times: 2);
        await using var store = await StoreHarness.StartAsync(provider, services: s => WithStripeHandler(s, rateLimited));
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));

        Assert.Equal(OrderStatus.AwaitingPayment, (await store.OrderAsync(started.OrderNumber)).Status);
        Assert.Equal(3, rateLimited.IdempotencyKeys.Count);
        Assert.Single(rateLimited.IdempotencyKeys.Distinct());

        var unreachable = FlakyStripeHandler.Unreachable(times: 1);
        await using var other = await StoreHarness.StartAsync(provider, services: s => WithStripeHandler(s, unreachable));
        var second = await other.CheckoutAsync(await other.CartWithAsync(("enamel-mug", 1)));

        Assert.Equal(OrderStatus.AwaitingPayment, (await other.OrderAsync(second.OrderNumber)).Status);
        Assert.Equal(2, unreachable.IdempotencyKeys.Count);
        Assert.Single(unreachable.IdempotencyKeys.Distinct());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task When_Stripe_stays_unreachable_the_cart_is_kept_and_a_later_retry_resumes_the_same_order(DatabaseProvider provider)
    {
        var down = FlakyStripeHandler.Unreachable(times: 4);
        await using var store = await StoreHarness.StartAsync(provider, services: s => WithStripeHandler(s, down));
        var cart = await store.CartWithAsync(("brass-pen", 1));

        var refused = await Assert.ThrowsAsync<CheckoutException>(() => store.CheckoutAsync(cart));

        Assert.Equal(CheckoutProblem.PaymentUnavailable, refused.Problem);
        Assert.Equal(1, (await store.Service<Core.Cart.CartService>().GetAsync(cart)).ItemCount);
        var retried = await store.CheckoutAsync(cart);
        var order = await store.OrderAsync(retried.OrderNumber);
        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
        Assert.Single(down.IdempotencyKeys.Distinct());
        Assert.Equal(24, (await store.Database.ProductAsync("brass-pen")).Stock);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_request_Stripe_refuses_is_a_clear_message_and_gives_the_stock_back(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var cart = await store.CartWithAsync(("merino-beanie", 2));
        await using (var db = store.Database.NewContext())
        {
            // A product without a name is a request Stripe refuses (product_data[name] is required).
            await db.Products.Where(p => p.Slug == "merino-beanie").ExecuteUpdateAsync(set => set.SetProperty(p => p.Name, ""));
        }

        var refused = await Assert.ThrowsAsync<CheckoutException>(() => store.CheckoutAsync(cart));

        Assert.Equal(CheckoutProblem.PaymentRejected, refused.Problem);
        Assert.StartsWith("We could not start the payment", refused.Message);
        Assert.Equal(50, (await store.Database.ProductAsync("merino-beanie")).Stock);
        Assert.Equal(2, (await store.Service<Core.Cart.CartService>().GetAsync(cart)).ItemCount);
        await using var check = store.Database.NewContext();
        Assert.Equal(OrderStatus.Cancelled, (await check.Orders.SingleAsync()).Status);
    }

    private static void WithStripeHandler(IServiceCollection services, DelegatingHandler handler) =>
        services.AddHttpClient(StoreStripeClient.HttpClientName).AddHttpMessageHandler(() => handler);
}
