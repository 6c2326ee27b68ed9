using Storefront.Core.Data;
using Storefront.Core.Orders;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The whole store signing people in through the local Auth0 stand-in: the store's application is registered at
/// the tenant first, as the store reads its client id at start-up, and given the store's callback and logout URLs
/// once the store listens.
/// </summary>
public sealed class StoreWithAuth0 : IAsyncDisposable
{
    private StoreWithAuth0(StoreHarness store, OidcApplication oidc)
    {
        Store = store;
        Oidc = oidc;
    }

    public StoreHarness Store { get; }

    public OidcApplication Oidc { get; }

    public Uri BaseUri => Store.BaseUri;

    public static async Task<StoreWithAuth0> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // Until the store has an address, the application's URLs lead nowhere (port 9 is discard).
        var nowhere = new Uri("http://127.0.0.1:9/");
        var oidc = await OidcApplication.RegisterAsync([new Uri(nowhere, "callback")], [nowhere]);
        var store = await StoreHarness.StartAsync(provider, oidc.StoreSettings.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary());
        try
        {
            await oidc.SetUrlsAsync([new Uri(store.BaseUri, "callback")], [store.BaseUri]);
        }
        catch
        {
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

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
