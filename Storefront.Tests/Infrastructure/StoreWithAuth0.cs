using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The whole store signing people in through the local Auth0 stand-in: the store is pointed at the provider's
/// issuer first, and the provider starts once the store's callback and logout URLs exist.
/// </summary>
public sealed class StoreWithAuth0 : IAsyncDisposable
{
    private StoreWithAuth0(StoreHarness store, OidcProviderFixture oidc)
    {
        Store = store;
        Oidc = oidc;
    }

    public StoreHarness Store { get; }

    public OidcProviderFixture Oidc { get; }

    public Uri BaseUri => Store.BaseUri;

    public static async Task<StoreWithAuth0> StartAsync(DatabaseProvider provider)
    {
        var oidc = OidcProviderFixture.OnFreePort();
        var store = await StoreHarness.StartAsync(provider, oidc.StoreSettings);
        try
        {
            await oidc.StartAsync([new Uri(store.BaseUri, "callback")], [store.BaseUri]);
        }
        catch
        {
            await oidc.DisposeAsync();
            await store.DisposeAsync();
            throw;
        }

        return new StoreWithAuth0(store, oidc);
    }

    /// <summary>A paid order of one mug, placed by <paramref name="account"/>.</summary>
    public async Task<Order> PaidOrderOfAsync(OidcAccount account)
    {
        var mug = await Store.Database.ProductAsync("enamel-mug");
        var order = Order.Create("usd", account.Email, account.Sub, null, [new OrderLine(mug.Id, mug.Name, mug.UnitPrice, 1)], DateTime.UtcNow);
        order.AwaitPayment($"cs_test_{order.Id:N}", $"https://pay.example/{order.Id:N}", DateTime.UtcNow);
        order.MarkPaid(DateTime.UtcNow);
        await using var db = Store.Database.NewContext();
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Oidc.DisposeAsync();
    }
}
