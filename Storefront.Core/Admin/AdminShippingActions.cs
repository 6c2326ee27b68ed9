using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.Shipping;

namespace Storefront.Core.Admin;

/// <summary>
/// Staff send an order on its way and record its arrival. Each goes through fulfilment's transaction, so the change,
/// its email to the shopper and its audit entry are saved together, and a second click finds the order moved on and
/// changes nothing.
/// </summary>
public sealed class AdminShippingActions(CheckoutFulfillment fulfillment, IOptions<ShippingOptions> shipping, AuditLog audit)
{
    public IReadOnlyCollection<string> Carriers => shipping.Value.Carriers.Keys;

    public Task<FulfillmentOutcome> MarkShippedAsync(
        AuditActor actor, string orderNumber, string carrier, string trackingNumber, CancellationToken cancellationToken = default)
    {
        if (!shipping.Value.Carriers.ContainsKey(carrier ?? ""))
        {
            throw new AdminActionException($"Choose one of the carriers: {string.Join(", ", Carriers)}.");
        }

        return ChangeAsync(actor, AuditActions.OrderShip, orderNumber, (order, now) =>
        {
            order.MarkShipped(carrier!, trackingNumber, now);
            return $"Shipped with {order.Carrier}, tracking number {order.TrackingNumber}.";
        }, cancellationToken);
    }

    public Task<FulfillmentOutcome> MarkDeliveredAsync(AuditActor actor, string orderNumber, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, AuditActions.OrderDeliver, orderNumber, (order, now) =>
        {
            order.MarkDelivered(now);
            return "Delivered.";
        }, cancellationToken);

    private async Task<FulfillmentOutcome> ChangeAsync(
        AuditActor actor, string action, string orderNumber, Func<Order, DateTime, string> change, CancellationToken cancellationToken)
    {
        var number = orderNumber.Trim().ToUpperInvariant();
        try
        {
            return await fulfillment.ApplyAsync(async (db, now, ct) =>
            {
                var id = await db.Orders.Where(o => o.Number == number).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct)
                    ?? throw new AdminActionException($"There is no order {number}.");
                await db.LockAsync<Order>(id, ct);
                var order = await db.Orders.FirstAsync(o => o.Id == id, ct);
                var before = ShippingAuditState.Of(order);
                var description = change(order, now);
                audit.Record(db, actor, action, AuditTarget.Order(order.Number), before, ShippingAuditState.Of(order), now);
                return new FulfillmentOutcome(order.Id, order.Status, description);
            }, cancellationToken);
        }
        catch (DomainException refused)
        {
            throw new AdminActionException(refused.Message);
        }
    }
}
