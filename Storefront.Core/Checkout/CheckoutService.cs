using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Stock;
using Storefront.Core.Data;
using Storefront.Core.Observability;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.Store;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Core.Checkout;

/// <summary>
/// Turns a cart into an order and a Stripe Checkout Session. Prices come from the catalog, never from the
/// browser. A double click, a retry or two tabs lead to the same order and the same session: a cart has at
/// most one open order, and each payment attempt has one idempotency key.
/// </summary>
public sealed class CheckoutService(
    IDbContextFactory<StoreDbContext> contexts,
    IStripeClient stripe,
    StripeRetry retry,
    CheckoutFulfillment fulfillment,
    OpenOrderRelease release,
    CheckoutSessionRequest sessionRequest,
    IOptions<StoreOptions> store,
    IOptions<CheckoutOptions> options,
    StoreMetrics metrics,
    LowStockAlerts lowStock,
    CatalogNotifications catalog,
    TimeProvider time)
{
    private const int Attempts = 4;

    public async Task<CheckoutStarted> StartAsync(CheckoutRequest request, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var order = await PrepareOrderAsync(request, cancellationToken);
                return order.Status == OrderStatus.AwaitingPayment
                    ? new CheckoutStarted(order.Number, order.CheckoutSessionUrl!)
                    : await CreateSessionAsync(order, CheckoutUrls.For(store.Value), cancellationToken);
            }
            catch (Exception error) when (attempt < Attempts && WriteConflict.Is(error))
            {
                // Another tab checked this cart out at the same moment: go round again and join its order.
            }
            catch (Exception error) when (StripeRetry.IsTransient(error, cancellationToken))
            {
                // Stripe unreachable or silent at any step (creating, expiring or reading a session): the cart is kept.
                throw new CheckoutException(CheckoutProblem.PaymentUnavailable, CheckoutMessages.For(CheckoutProblem.PaymentUnavailable));
            }
        }
    }

    /// <summary>The cart's open order if it still matches the cart, otherwise a new one with its stock reserved.</summary>
    private async Task<Order> PrepareOrderAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = await CartLinesAsync(db, request.CartId, cancellationToken);
        if (lines.Count == 0)
        {
            throw EmptyCart();
        }

        // An order whose checkout completed (a bank debit clearing) has let go of the cart and is never abandoned.
        var open = await db.Orders.FirstOrDefaultAsync(
            o => o.CartId == request.CartId && o.CheckoutCompletedAt == null &&
                 (o.Status == OrderStatus.Created || o.Status == OrderStatus.AwaitingPayment || o.Status == OrderStatus.PaymentFailed),
            cancellationToken);
        if (open is not null)
        {
            if (Matches(open, lines) && await TryResumeAsync(db, open, now, cancellationToken))
            {
                return open;
            }

            await release.AbandonAsync(open, cancellationToken);

            // The old session may turn out paid or completed, which empties the cart of what it bought: read it again.
            lines = await CartLinesAsync(db, request.CartId, cancellationToken);
            if (lines.Count == 0)
            {
                throw EmptyCart();
            }
        }

        return await CreateOrderAsync(db, request, lines, now, cancellationToken);
    }

    private async Task<bool> TryResumeAsync(StoreDbContext db, Order order, DateTime now, CancellationToken cancellationToken)
    {
        var remaining = order.CheckoutExpiresAt - now;
        switch (order.Status)
        {
            case OrderStatus.AwaitingPayment:
                return remaining > TimeSpan.FromMinutes(2);
            case OrderStatus.Created when remaining > options.Value.SessionLifetime - TimeSpan.FromMinutes(1):
                return true;
            default:
                // A failed payment, or an attempt too old for Stripe to accept its expiry any more: try afresh.
                order.StartCheckoutAttempt(now + options.Value.SessionLifetime, now);
                await db.SaveChangesAsync(cancellationToken);
                return true;
        }
    }

    private async Task<Order> CreateOrderAsync(
        StoreDbContext db, CheckoutRequest request, List<OrderLine> lines, DateTime now, CancellationToken cancellationToken)
    {
        var order = Order.Create(store.Value.Currency, request.CustomerEmail ?? "", request.UserId, request.CartId, lines, now, request.ClientAddress);
        order.StartCheckoutAttempt(now + options.Value.SessionLifetime, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        if (await StockReservation.TryReserveAsync(db, order, now, cancellationToken) is { } shortProduct)
        {
            throw new CheckoutException(CheckoutProblem.OutOfStock,
                $"Sorry, {shortProduct} sold out while you were shopping. Please update your cart.");
        }

        await HoldLimits.ThrowIfExceededAsync(db, order, options.Value, cancellationToken);

        db.Orders.Add(order);
        var alerts = await lowStock.QueueForChangesAsync(db, now, cancellationToken);
        var relabelled = CatalogNotifications.StockLevelsChanging(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.OrdersCreated.Add(1);
        await catalog.PublishProductsAsync(relabelled, cancellationToken);
        if (alerts > 0)
        {
            lowStock.NotifySender();
        }

        return order;
    }

    private async Task<CheckoutStarted> CreateSessionAsync(Order order, CheckoutUrls urls, CancellationToken cancellationToken)
    {
        Session session;
        try
        {
            session = await retry.ExecuteAsync(
                ct => new SessionService(stripe).CreateAsync(
                    sessionRequest.For(order, urls),
                    new RequestOptions { IdempotencyKey = $"checkout-{order.Id:N}-{order.CheckoutAttempt}" },
                    ct),
                cancellationToken);
        }
        catch (StripeException error) when (!StripeRetry.IsTransient(error, cancellationToken))
        {
            await release.CancelAsync(order.Id, "Stripe refused the checkout; order cancelled and stock released.", cancellationToken);
            throw new CheckoutException(CheckoutProblem.PaymentRejected, CheckoutMessages.For(CheckoutProblem.PaymentRejected));
        }

        await fulfillment.ApplyAsync(async (db, now, ct) =>
        {
            // Every tab of a double click gets here with the same session; the first sets it, the others find it set.
            await db.LockAsync<Order>(order.Id, ct);
            var current = await db.Orders.FirstAsync(o => o.Id == order.Id, ct);
            if (current.Status != OrderStatus.AwaitingPayment)
            {
                current.AwaitPayment(session.Id, session.Url, now);
                db.Payments.Add(new Payment(current.Id, session.Id, current.Total, current.Currency, now));
            }

            return new FulfillmentOutcome(current.Id, current.Status, $"Checkout Session {session.Id} created.");
        }, cancellationToken);
        return new CheckoutStarted(order.Number, session.Url);
    }

    private static async Task<List<OrderLine>> CartLinesAsync(StoreDbContext db, Guid cartId, CancellationToken cancellationToken) =>
        await db.Set<Cart.CartLine>()
            .Where(line => line.CartId == cartId)
            .Join(db.Products.Where(p => p.IsActive), line => line.ProductId, product => product.Id,
                (line, product) => new OrderLine(product.Id, product.Name, product.UnitPrice, line.Quantity, product.RequiresShipping))
            .ToListAsync(cancellationToken);

    private static CheckoutException EmptyCart() => new(CheckoutProblem.EmptyCart, CheckoutMessages.For(CheckoutProblem.EmptyCart));

    private static bool Matches(Order order, List<OrderLine> lines) =>
        order.Lines.Count == lines.Count &&
        lines.All(line => order.Lines.Any(o => o.ProductId == line.ProductId && o.Quantity == line.Quantity && o.UnitPrice == line.UnitPrice));
}
