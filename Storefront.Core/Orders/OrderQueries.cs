using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Orders;

/// <summary>How shoppers find their orders. A wrong token reads as "no such order", never as "not yours".</summary>
public sealed class OrderQueries(IDbContextFactory<StoreDbContext> contexts)
{
    public async Task<Order?> FindAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
    }

    /// <summary>The order a Checkout Session was created for, from the store's own records.</summary>
    public async Task<Order?> FindBySessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orderId = await db.Payments.Where(p => p.CheckoutSessionId == sessionId).Select(p => (Guid?)p.OrderId)
            .FirstOrDefaultAsync(cancellationToken);
        return orderId is null ? null : await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
    }

    /// <summary>The order with this number, if <paramref name="accessToken"/> is its guest link token.</summary>
    public async Task<Order?> FindForGuestAsync(string number, string? accessToken, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(accessToken))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number, cancellationToken);
        return order is not null && TokensMatch(order.AccessToken, accessToken) ? order : null;
    }

    /// <summary>A signed-in shopper's orders, newest first.</summary>
    public async Task<IReadOnlyList<Order>> ListForUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking()
            .Where(o => o.UserId == userId && o.Status != OrderStatus.Created)
            .OrderByDescending(o => o.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The order with this number if it belongs to <paramref name="userId"/>; someone else's reads as missing.</summary>
    public async Task<Order?> FindForUserAsync(string number, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number && o.UserId == userId, cancellationToken);
    }

    /// <summary>The order with this number if <paramref name="visitor"/> owns it; anyone else's reads as missing.</summary>
    public async Task<Order?> FindForVisitorAsync(string number, OrderVisitor visitor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number, cancellationToken);
        return order is not null && visitor.Owns(order) ? order : null;
    }

    /// <summary>The cart's open order, so that a shopper back from Stripe's page can return to it.</summary>
    public async Task<Order?> FindOpenForCartAsync(Guid cartId, string number, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number && o.CartId == cartId, cancellationToken);
        return order is { IsOpen: true } ? order : null;
    }

    // Constant time, so response timing does not reveal how much of a guessed token was right.
    private static bool TokensMatch(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
