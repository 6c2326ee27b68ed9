using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Core.Notifications;

/// <summary>
/// Decides which emails an order change sends and puts them in the outbox, in the caller's transaction:
/// a confirmation (and the shop's notice) when an order becomes paid, a refund email when more is refunded (never
/// when a failed refund lowers the total).
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
    /// Queues the emails for the order changes <paramref name="db"/> is about to save. Every path that fulfils or
    /// refunds an order saves through <c>CheckoutFulfillment.ApplyAsync</c>, which calls this before it saves.
    /// Returns how many were queued; call <see cref="NotifySender"/> once they are committed.
    /// </summary>
    public async Task<int> QueueForChangesAsync(StoreDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var entry in db.ChangeTracker.Entries<Order>().ToList())
        {
            var order = entry.Entity;
            // A refund that failed also brings an order back to paid; only a first payment confirms it.
            var was = entry.Property(o => o.Status).OriginalValue;
            if (order.Status == OrderStatus.Paid && was is not (OrderStatus.Paid or OrderStatus.PartiallyRefunded or OrderStatus.Refunded))
            {
                // Sequence 1, never counted: a second application of the same payment collides on the unique key.
                db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.OrderConfirmation, 1, order.CustomerEmail, renderer.Confirmation(order), now));
                queued++;
                if (email.Value.AdminNotify is { Length: > 0 } shop)
                {
                    db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.NewOrderNotice, 1, shop, renderer.NewOrderNotice(order), now));
                    queued++;
                }
            }

            var refunded = order.AmountRefunded - entry.Property(o => o.AmountRefunded).OriginalValue;
            if (refunded > 0)
            {
                var sequence = await NextSequenceAsync(db, order.Id, EmailKind.Refund, cancellationToken);
                db.OutboxMessages.Add(new OutboxMessage(order.Id, EmailKind.Refund, sequence, order.CustomerEmail, renderer.Refund(order, refunded), now));
                queued++;
            }
        }

        return queued;
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
