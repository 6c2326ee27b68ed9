using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Storefront.Core.Cart;
using Storefront.Core.Data;
using Storefront.Core.LiveUpdates;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.LiveUpdates;

public sealed class NoticeRelayTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_notice_that_cannot_be_sent_does_not_fail_the_committed_change_that_publishes_it(DatabaseProvider provider)
    {
        await using var database = await SeededDatabase.CreateAsync(provider);
        var mug = await database.ProductAsync("enamel-mug");

        // The notices' PostgreSQL refuses at once (port 1 on loopback), as if it went down just after the cart's commit.
        var unreachable = Options.Create(new DatabaseOptions
        {
            Provider = nameof(DatabaseProvider.Postgres),
            ConnectionString = "Host=127.0.0.1;Port=1;Username=postgres;Timeout=2",
        });
        await using var relay = new NoticeRelay(unreachable, NullLogger<NoticeRelay>.Instance);
        var carts = new CartService(database.Contexts, new CartNotifications(relay), TimeProvider.System);
        var cartId = Guid.NewGuid();

        var summary = await carts.AddAsync(cartId, mug.Id, 2);

        Assert.Equal(2, summary.ItemCount);
        await using var db = database.NewContext();
        Assert.Equal(2, await db.Set<CartLine>().Where(line => line.CartId == cartId).SumAsync(line => line.Quantity));
    }
}
