using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.Orders;

namespace Storefront.Tests.Data;

public sealed class OutboxPersistenceTests
{
    private static readonly RenderedEmail Content = new("Your order is confirmed", "<p>Thank you</p>", "Thank you");

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_outbox_message_round_trips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var order = OrderBuilder.InStatus(OrderStatus.Paid);
        var message = new OutboxMessage(order.Id, EmailKind.Refund, 2, "ada@example.com", Content, OrderBuilder.Now);
        await using (var db = database.NewContext())
        {
            db.Orders.Add(order);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var stored = await db.OutboxMessages.SingleAsync();
            Assert.Equal((message.Id, order.Id, EmailKind.Refund, 2, "ada@example.com"), (stored.Id, stored.OrderId, stored.Kind, stored.Sequence, stored.To));
            Assert.Equal((Content.Subject, Content.Html, Content.Text), (stored.Subject, stored.HtmlBody, stored.TextBody));
            Assert.Equal((OutboxStatus.Queued, 0, OrderBuilder.Now, OrderBuilder.Now), (stored.Status, stored.Attempts, stored.CreatedAt, stored.NextAttemptAt));
            Assert.Equal(((DateTime?)null, (Guid?)null, (DateTime?)null, (string?)null), (stored.LeaseUntil, stored.LeaseOwner, stored.SentAt, stored.LastError));
        }
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_order_cannot_queue_the_same_email_twice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var order = OrderBuilder.InStatus(OrderStatus.Paid);
        await using (var db = database.NewContext())
        {
            db.Orders.Add(order);
            db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.OrderConfirmation, 1, "ada@example.com", Content, OrderBuilder.Now));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.OrderConfirmation, 1, "ada@example.com", Content, OrderBuilder.Now));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.NewContext())
        {
            db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.OrderConfirmation, 2, "ada@example.com", Content, OrderBuilder.Now));
            db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.Refund, 1, "ada@example.com", Content, OrderBuilder.Now));
            await db.SaveChangesAsync();
        }

        await using (var check = database.NewContext())
        {
            Assert.Equal(3, await check.OutboxMessages.CountAsync());
        }
    }
}
