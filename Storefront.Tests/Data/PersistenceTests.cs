using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.Orders;
using CartEntity = Storefront.Core.Cart.Cart;

namespace Storefront.Tests.Data;

public sealed class PersistenceTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_migrations_build_exactly_the_model(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration for " + provider);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_order_with_its_lines_payment_and_event_round_trips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var order = OrderBuilder.InStatus(OrderStatus.Paid);
        await using (var db = database.NewContext())
        {
            db.Orders.Add(order);
            db.Payments.Add(new Payment(order.Id, "cs_test_1", order.Total, order.Currency, OrderBuilder.Now));
            var received = new ProcessedWebhookEvent("evt_1", "checkout.session.completed", "{\"id\":\"evt_1\"}", OrderBuilder.Now);
            received.MarkApplied("Order marked paid", order.Id, OrderBuilder.Now);
            db.ProcessedWebhookEvents.Add(received);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var stored = await db.Orders.SingleAsync(o => o.Number == order.Number);
            Assert.Equal(OrderStatus.Paid, stored.Status);
            Assert.Equal(7400, stored.Total);
            Assert.Equal("usd", stored.Currency);
            Assert.Equal("ada@example.com", stored.CustomerEmail);
            Assert.Equal(order.AccessToken, stored.AccessToken);
            Assert.Equal("cs_test_1", stored.CheckoutSessionId);
            Assert.Equal(OrderBuilder.Now, stored.PaidAt);
            Assert.Equal(
                [("Enamel Camp Mug", 1600L, 2), ("Brass Ballpoint Pen", 4200L, 1)],
                stored.Lines.OrderBy(l => l.ProductId).Select(l => (l.ProductName, l.UnitPrice, l.Quantity)));

            var payment = await db.Payments.SingleAsync(p => p.OrderId == order.Id);
            Assert.Equal((Payment.StripeProvider, "cs_test_1", 7400L, PaymentStatus.Pending),
                (payment.Provider, payment.CheckoutSessionId, payment.Amount, payment.Status));

            var webhookEvent = await db.ProcessedWebhookEvents.SingleAsync();
            Assert.Equal(("evt_1", order.Id, "Order marked paid"), (webhookEvent.EventId, webhookEvent.OrderId, webhookEvent.Outcome));
            Assert.Equal(("{\"id\":\"evt_1\"}", (DateTime?)OrderBuilder.Now), (webhookEvent.Payload, webhookEvent.AppliedAt));
        }
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_webhook_event_is_recorded_only_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            db.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent("evt_dup", "charge.refunded", "first", OrderBuilder.Now));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent("evt_dup", "charge.refunded", "second", OrderBuilder.Now));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal("first", (await db.ProcessedWebhookEvents.SingleAsync()).Payload);
        }
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_orders_cannot_share_a_number(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var first = OrderBuilder.NewOrder();
        var second = OrderBuilder.NewOrder();

        await AssertSecondInsertRefusedAsync(database, first, second, db => db.Entry(second).Property(o => o.Number).CurrentValue = first.Number);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_orders_cannot_share_a_checkout_session(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var first = OrderBuilder.InStatus(OrderStatus.AwaitingPayment);
        var second = OrderBuilder.InStatus(OrderStatus.AwaitingPayment);

        await AssertSecondInsertRefusedAsync(database, first, second, _ => { });
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_payments_cannot_share_a_checkout_session(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var order = OrderBuilder.NewOrder();
        await using (var db = database.NewContext())
        {
            db.Orders.Add(order);
            db.Payments.Add(new Payment(order.Id, "cs_same", order.Total, "usd", OrderBuilder.Now));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.Payments.Add(new Payment(order.Id, "cs_same", order.Total, "usd", OrderBuilder.Now));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(1, await db.Payments.CountAsync());
        }
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_cart_keeps_its_lines(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var cartId = Guid.NewGuid();
        int mugId;
        await using (var db = database.NewContext())
        {
            await DemoCatalog.SeedAsync(db, CancellationToken.None);
            mugId = (await db.Products.SingleAsync(p => p.Slug == "enamel-mug")).Id;
            var cart = new CartEntity(cartId, OrderBuilder.Now);
            cart.Add(mugId, 3, 120, OrderBuilder.Now);
            db.Carts.Add(cart);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var cart = await db.Carts.SingleAsync(c => c.Id == cartId);
            var line = Assert.Single(cart.Lines);
            Assert.Equal((mugId, 3), (line.ProductId, line.Quantity));
        }
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Seeding_the_demo_catalog_twice_adds_it_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            await DemoCatalog.SeedAsync(db, CancellationToken.None);
        }

        await using (var db = database.NewContext())
        {
            await DemoCatalog.SeedAsync(db, CancellationToken.None);
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(15, await db.Products.CountAsync());
            Assert.Equal(4, await db.Categories.CountAsync());
            Assert.Equal(1, await db.Products.CountAsync(p => p.Stock == 0));
            Assert.True(await db.Products.CountAsync(p => p.Stock > 0 && p.Stock <= p.LowStockThreshold) >= 3);
        }
    }

    private static async Task AssertSecondInsertRefusedAsync(TestDatabase database, Order first, Order second, Action<StoreDbContext> tamper)
    {
        await using (var db = database.NewContext())
        {
            db.Orders.Add(first);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.Orders.Add(second);
            tamper(db);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(first.Number, (await db.Orders.SingleAsync()).Number);
        }
    }
}
