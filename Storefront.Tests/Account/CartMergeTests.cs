using Microsoft.EntityFrameworkCore;
using Storefront.Core.Cart;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Account;

/// <summary>What happens to the carts when a shopper signs in with a guest cart in their cookie.</summary>
public sealed class CartMergeTests
{
    private const string Ada = "auth0|ada";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_guest_cart_becomes_the_shoppers_cart_when_they_have_none(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var mug = await database.ProductAsync("enamel-mug");
        var service = NewService(database);
        var guestCart = Guid.NewGuid();
        await service.AddAsync(guestCart, mug.Id, 2);

        var cartId = await service.AttachToUserAsync(guestCart, Ada);

        Assert.Equal(guestCart, cartId);
        Assert.Equal(2, (await service.GetAsync(cartId)).ItemCount);
        Assert.Equal(Ada, await OwnerAsync(database, cartId));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_guest_cart_merges_into_the_shoppers_cart_within_stock(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var mug = await database.ProductAsync("enamel-mug");
        var board = await database.ProductAsync("walnut-cutting-board");
        var service = NewService(database);
        var ownCart = await service.AttachToUserAsync(Guid.NewGuid(), Ada);
        await service.AddAsync(ownCart, mug.Id, 1);
        await service.AddAsync(ownCart, board.Id, 2);
        var guestCart = Guid.NewGuid();
        await service.AddAsync(guestCart, mug.Id, 2);
        await service.AddAsync(guestCart, board.Id, 2);

        var cartId = await service.AttachToUserAsync(guestCart, Ada);

        Assert.Equal(ownCart, cartId);
        var merged = await service.GetAsync(cartId);
        Assert.Equal(3, merged.Items.Single(i => i.ProductId == mug.Id).Quantity);
        Assert.Equal(board.Stock, merged.Items.Single(i => i.ProductId == board.Id).Quantity);
        Assert.Equal(0, (await service.GetAsync(guestCart)).ItemCount);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Someone_elses_cart_left_in_the_browser_is_not_taken(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var mug = await database.ProductAsync("enamel-mug");
        var service = NewService(database);
        var adasCart = await service.AttachToUserAsync(Guid.NewGuid(), Ada);
        await service.AddAsync(adasCart, mug.Id, 4);

        var cartId = await service.AttachToUserAsync(adasCart, "auth0|bob");

        Assert.NotEqual(adasCart, cartId);
        Assert.Equal(0, (await service.GetAsync(cartId)).ItemCount);
        Assert.Equal(4, (await service.GetAsync(adasCart)).ItemCount);
        Assert.Equal(Ada, await OwnerAsync(database, adasCart));
        Assert.Equal("auth0|bob", await OwnerAsync(database, cartId));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Signing_in_again_keeps_the_same_cart(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var service = NewService(database);
        var first = await service.AttachToUserAsync(Guid.NewGuid(), Ada);

        var again = await service.AttachToUserAsync(first, Ada);
        var elsewhere = await service.AttachToUserAsync(Guid.NewGuid(), Ada);

        Assert.Equal(first, again);
        Assert.Equal(first, elsewhere);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Carts.CountAsync(c => c.UserId == Ada));
    }

    private static async Task<string?> OwnerAsync(TestDatabase database, Guid cartId)
    {
        await using var db = database.NewContext();
        return await db.Carts.Where(c => c.Id == cartId).Select(c => c.UserId).SingleAsync();
    }

    private static CartService NewService(TestDatabase database) =>
        new(database.Contexts, new CartNotifications(), TimeProvider.System);
}
