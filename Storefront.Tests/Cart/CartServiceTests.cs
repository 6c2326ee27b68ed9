using Microsoft.EntityFrameworkCore;
using Storefront.Core.Cart;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Cart;

public sealed class CartServiceTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_cart_is_kept_on_the_server_and_priced_from_the_catalog(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var mug = await database.ProductAsync("enamel-mug");
        var pen = await database.ProductAsync("brass-pen");
        var cartId = Guid.NewGuid();

        await NewService(database).AddAsync(cartId, mug.Id, 2);
        await NewService(database).AddAsync(cartId, pen.Id, 1);

        var cart = await NewService(database).GetAsync(cartId);
        Assert.Equal(3, cart.ItemCount);
        Assert.Equal(2 * 1600 + 4200, cart.Subtotal);
        Assert.Equal(["Brass Ballpoint Pen", "Enamel Camp Mug"], cart.Items.Select(i => i.Name));
        Assert.Equal(3, await NewService(database).CountItemsAsync(cartId));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task More_than_is_in_stock_is_refused_and_the_cart_stays_as_it_was(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var board = await database.ProductAsync("walnut-cutting-board");
        var cartId = Guid.NewGuid();
        var service = NewService(database);
        await service.AddAsync(cartId, board.Id, 2);

        var refused = await Assert.ThrowsAsync<CartException>(() => service.AddAsync(cartId, board.Id, 2));

        Assert.Equal((CartProblem.OutOfStock, "Only 3 left in stock."), (refused.Problem, refused.Message));
        Assert.Equal(2, (await service.GetAsync(cartId)).ItemCount);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_out_of_stock_or_unknown_product_cannot_be_added(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var kettle = await database.ProductAsync("copper-kettle");
        var service = NewService(database);
        var cartId = Guid.NewGuid();

        var outOfStock = await Assert.ThrowsAsync<CartException>(() => service.AddAsync(cartId, kettle.Id, 1));
        var unknown = await Assert.ThrowsAsync<CartException>(() => service.AddAsync(cartId, 999_999, 1));

        Assert.Equal("This product is out of stock.", outOfStock.Message);
        Assert.Equal(CartProblem.Unavailable, unknown.Problem);
        Assert.True((await service.GetAsync(cartId)).IsEmpty);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Setting_and_removing_lines_changes_the_stored_cart(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var mug = await database.ProductAsync("enamel-mug");
        var tee = await database.ProductAsync("organic-tee");
        var service = NewService(database);
        var cartId = Guid.NewGuid();
        await service.AddAsync(cartId, mug.Id, 1);
        await service.AddAsync(cartId, tee.Id, 1);

        await service.SetQuantityAsync(cartId, mug.Id, 99);
        await service.RemoveAsync(cartId, tee.Id);

        await using var db = database.NewContext();
        var line = Assert.Single((await db.Carts.SingleAsync(c => c.Id == cartId)).Lines);
        Assert.Equal((mug.Id, 99), (line.ProductId, line.Quantity));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_tabs_adding_the_same_product_at_once_both_count(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var socks = await database.ProductAsync("wool-socks");
        var cartId = Guid.NewGuid();
        await NewService(database).AddAsync(cartId, socks.Id, 1);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => NewService(database).AddAsync(cartId, socks.Id, 1))));

        Assert.Equal(5, await NewService(database).CountItemsAsync(cartId));
    }

    [Fact]
    public async Task Open_pages_of_the_same_cart_are_told_the_new_count()
    {
        await using var database = await SeededDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var mug = await database.ProductAsync("enamel-mug");
        var notifications = new CartNotifications();
        var service = new CartService(database.Contexts, notifications, TimeProvider.System);
        var cartId = Guid.NewGuid();
        var seen = new List<int?>();
        var other = new List<int?>();
        using (notifications.Subscribe(cartId, count => { seen.Add(count); return Task.CompletedTask; }))
        using (notifications.Subscribe(Guid.NewGuid(), count => { other.Add(count); return Task.CompletedTask; }))
        {
            await service.AddAsync(cartId, mug.Id, 2);
            await service.AddAsync(cartId, mug.Id, 1);
        }

        await service.AddAsync(cartId, mug.Id, 1);

        Assert.Equal([2, 3], seen);
        Assert.Empty(other);
    }

    private static CartService NewService(TestDatabase database) =>
        new(database.Contexts, new CartNotifications(), TimeProvider.System);
}
