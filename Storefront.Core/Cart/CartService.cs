using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using CartEntity = Storefront.Core.Cart.Cart;

namespace Storefront.Core.Cart;

/// <summary>Reads and changes a visitor's cart. Prices and stock always come from the catalog, never from the caller.</summary>
public sealed class CartService(IDbContextFactory<StoreDbContext> contexts, CartNotifications notifications, TimeProvider time)
{
    // Tabs changing one cart at once race on its version; the loser reads the cart again and reapplies its change.
    private const int Attempts = 5;

    public async Task<CartSummary> GetAsync(Guid cartId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SummarizeAsync(db, cartId, cancellationToken);
    }

    public async Task<int> CountItemsAsync(Guid cartId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<CartLine>().Where(line => line.CartId == cartId).SumAsync(line => line.Quantity, cancellationToken);
    }

    /// <summary>Adds a product; throws <see cref="CartException"/> when stock or the 99 limit does not allow it.</summary>
    public Task<CartSummary> AddAsync(Guid cartId, int productId, int quantity, CancellationToken cancellationToken = default) =>
        ChangeAsync(cartId, productId, (cart, stock, now) => cart.Add(productId, quantity, stock, now), cancellationToken);

    /// <summary>Sets a line's quantity (0 removes it); throws <see cref="CartException"/> when not allowed.</summary>
    public Task<CartSummary> SetQuantityAsync(Guid cartId, int productId, int quantity, CancellationToken cancellationToken = default) =>
        ChangeAsync(cartId, productId, (cart, stock, now) => cart.SetQuantity(productId, quantity, stock, now), cancellationToken);

    public Task<CartSummary> RemoveAsync(Guid cartId, int productId, CancellationToken cancellationToken = default) =>
        SetQuantityAsync(cartId, productId, 0, cancellationToken);

    /// <summary>
    /// Called when a shopper signs in with <paramref name="guestCartId"/> in their cookie: returns the id of the
    /// cart they should use from now on. A guest cart becomes theirs, or is merged into the cart they already have.
    /// A cart that belongs to someone else (a shared computer) is left alone.
    /// </summary>
    public async Task<Guid> AttachToUserAsync(Guid guestCartId, string userId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var owned = await db.Carts.FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
            var guest = await db.Carts.FirstOrDefaultAsync(c => c.Id == guestCartId && c.UserId == null, cancellationToken);
            if (owned is null && guest is null)
            {
                var someoneElses = await db.Carts.AnyAsync(c => c.Id == guestCartId, cancellationToken);
                owned = new CartEntity(someoneElses ? Guid.NewGuid() : guestCartId, now);
                owned.AssignTo(userId, now);
                db.Carts.Add(owned);
            }
            else if (owned is null)
            {
                guest!.AssignTo(userId, now);
                owned = guest;
            }
            else if (guest is not null)
            {
                var productIds = guest.Lines.Select(line => line.ProductId).ToList();
                var stock = await db.Products.Where(p => productIds.Contains(p.Id) && p.IsActive)
                    .ToDictionaryAsync(p => p.Id, p => p.Stock, cancellationToken);
                owned.MergeFrom(guest, stock, now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception error) when (attempt < Attempts && WriteConflict.Is(error))
            {
                continue;
            }

            await notifications.PublishAsync(owned.Id, owned.ItemCount);
            return owned.Id;
        }
    }

    private async Task<CartSummary> ChangeAsync(
        Guid cartId, int productId, Action<CartEntity, int, DateTime> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var product = await db.Products.AsNoTracking()
                .Where(p => p.Id == productId && p.IsActive)
                .Select(p => new { p.Stock })
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new CartException(CartProblem.Unavailable, CartMessages.For(CartProblem.Unavailable, 0));

            var now = time.GetUtcNow().UtcDateTime;
            var cart = await db.Carts.FirstOrDefaultAsync(c => c.Id == cartId, cancellationToken);
            if (cart is null)
            {
                cart = new CartEntity(cartId, now);
                db.Carts.Add(cart);
            }

            change(cart, product.Stock, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception error) when (attempt < Attempts && WriteConflict.Is(error))
            {
                continue;
            }

            var summary = await SummarizeAsync(db, cartId, cancellationToken);
            await notifications.PublishAsync(cartId, summary.ItemCount);
            return summary;
        }
    }

    private static async Task<CartSummary> SummarizeAsync(StoreDbContext db, Guid cartId, CancellationToken cancellationToken)
    {
        var items = await db.Set<CartLine>().AsNoTracking()
            .Where(line => line.CartId == cartId)
            .Join(db.Products.Where(p => p.IsActive), line => line.ProductId, product => product.Id,
                (line, product) => new CartItem(product.Id, product.Slug, product.Name, product.ImagePath, product.UnitPrice, line.Quantity, product.Stock))
            .ToListAsync(cancellationToken);
        return new CartSummary(cartId, items.OrderBy(item => item.Name).ToList());
    }
}
