using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Core.Notifications;

/// <summary>
/// Turns the events an order raised into emails in the outbox, in the caller's transaction: a confirmation (and the
/// shop's notice) when it is paid, a refund email when more is refunded, one email when it is shipped (with the
/// tracking link) and one when it is delivered.
/// </summary>
public sealed class OrderEmails(
    IDbContextFactory<StoreDbContext> contexts,
    OrderEmailRenderer renderer,
    IOptions<EmailOptions> email,
    OutboxSignal signal,
    AuditLog audit,
    TimeProvider time)
{
    /// <summary>
    /// Queues the emails for the events of the orders <paramref name="db"/> is about to save, and clears the events.
    /// Every path that changes an order saves through <c>CheckoutFulfillment.ApplyAsync</c>, which calls this before it
    /// saves. Returns how many were queued; call <see cref="NotifySender"/> once they are committed.
    /// </summary>
    public async Task<int> QueueForChangesAsync(StoreDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var order in db.ChangeTracker.Entries<Order>().Select(entry => entry.Entity).ToList())
        {
            foreach (var happened in order.Events)
            {
                queued += await QueueAsync(db, order, happened, now, cancellationToken);
            }

            order.ClearEvents();
        }

        return queued;
    }

    // Events that happen once per order take sequence 1, never counted: applying the same change twice collides on
    // the outbox's unique key instead of sending a second email.
    private async Task<int> QueueAsync(StoreDbContext db, Order order, OrderEvent happened, DateTime now, CancellationToken cancellationToken)
    {
        switch (happened)
        {
            case OrderPaid:
                db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.OrderConfirmation, 1, order.CustomerEmail, renderer.Confirmation(order), now));
                if (email.Value.AdminNotify is not { Length: > 0 } shop)
                {
                    return 1;
                }

                db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.NewOrderNotice, 1, shop, renderer.NewOrderNotice(order), now));
                return 2;
            case OrderRefunded refunded:
                var sequence = await NextSequenceAsync(db, order.Id, EmailKind.Refund, cancellationToken);
                db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.Refund, sequence, order.CustomerEmail, renderer.Refund(order, refunded.Amount), now));
                return 1;
            case OrderShipped:
                db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.Shipped, 1, order.CustomerEmail, renderer.Shipped(order), now));
                return 1;
            case OrderDelivered:
                db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.Delivered, 1, order.CustomerEmail, renderer.Delivered(order), now));
                return 1;
            default:
                throw new InvalidOperationException($"No email is written for {happened.GetType().Name}.");
        }
    }

    public void NotifySender() => signal.Notify();

    /// <summary>Queues a new confirmation of a paid order, e.g. when the shopper lost the first; staff's <paramref name="actor"/> is audited with it.</summary>
    public async Task ResendConfirmationAsync(AuditActor actor, string orderNumber, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Number == orderNumber, cancellationToken)
                ?? throw new DomainException($"There is no order {orderNumber}.");
            if (order.Status is not (OrderStatus.Paid or OrderStatus.PartiallyRefunded))
            {
                throw new DomainException($"Order {order.Number} is {order.Status}; only a paid order can be confirmed.");
            }

            var sequence = await NextSequenceAsync(db, order.Id, EmailKind.OrderConfirmation, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var message = new OutboxMessage(order.Id, EmailKind.OrderConfirmation, sequence, order.CustomerEmail, renderer.Confirmation(order), now);
            db.OutboxMessages.Add(message);
            audit.Record(db, actor, AuditActions.OrderResendConfirmation, AuditTarget.Order(order.Number),
                null, new { MessageId = message.Id, message.To, Sequence = sequence });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        NotifySender();
    }

    internal static async Task<int> NextSequenceAsync(StoreDbContext db, Guid orderId, EmailKind kind, CancellationToken cancellationToken) =>
        1 + (await db.OutboxMessages.Where(m => m.OrderId == orderId && m.Kind == kind)
            .MaxAsync(m => (int?)m.Sequence, cancellationToken) ?? 0);
}
