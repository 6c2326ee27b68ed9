using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Catalog;
using Storefront.Core.Catalog.Admin;
using Storefront.Core.Data;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.LiveUpdates;
using Storefront.Tests.Shopping;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Catalog.PageCache;

/// <summary>
/// Catalog pages hold nothing about the visitor, so one cached copy serves everyone, and a change to what they show
/// (an edit, a stock level, made by staff or by checkout) evicts the copy at once.
/// </summary>
public sealed class CatalogPageCacheTests
{
    private static readonly string[] Pages = ["/", "/?category=kitchen", "/?q=board", "/products/walnut-cutting-board"];

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_visitors_one_signed_in_with_carts_of_their_own_get_the_same_bytes_and_no_cookie(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var guest = new ShopClient(store.BaseUri);
        using var shopper = new ShopClient(store.BaseUri);
        await shopper.Http.SignInAsDevAsync(DevUser.Shopper);
        await guest.AddToCartAsync("enamel-mug", 1);
        await shopper.AddToCartAsync("brass-pen", 2);

        foreach (var path in Pages)
        {
            // Both answers from the cache, so from one entry: PostgreSQL's first catch-up may evict between the two.
            var (first, second) = await Wait.UntilAsync(async () =>
            {
                var pair = (await ReadAsync(guest, path), await ReadAsync(shopper, path));
                return pair.Item1.FromCache && pair.Item2.FromCache ? pair.ToTuple() : null;
            });

            Assert.Equal(first.Body, second.Body);
            foreach (var answer in new[] { first, second })
            {
                Assert.False(answer.SetsCookie, path);
                Assert.DoesNotContain("name=\"__RequestVerificationToken\" value=", answer.Html);
                Assert.DoesNotContain(DevUser.Shopper.Name, answer.Html);
            }
        }
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_staff_edit_evicts_the_product_s_page_and_the_lists_on_the_next_get(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var visitor = new ShopClient(store.BaseUri);
        await CachedAsync(visitor, "/products/walnut-cutting-board");
        await CachedAsync(visitor, "/?category=kitchen");
        var board = await store.Database.ProductAsync("walnut-cutting-board");

        await RenameAsync(store.Service<ProductEditor>(), board, "End-Grain Walnut Board", "71.50");

        var page = await ShowingAsync(visitor, "/products/walnut-cutting-board", "<h1>End-Grain Walnut Board</h1>");
        var list = await ShowingAsync(visitor, "/?category=kitchen", "End-Grain Walnut Board");
        Assert.Contains("<h1>End-Grain Walnut Board</h1>", page);
        Assert.Contains("$71.50", page);
        Assert.Contains("End-Grain Walnut Board", list);
        Assert.DoesNotContain(">Walnut Cutting Board<", list);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_checkout_that_sells_the_last_units_evicts_the_page_which_then_says_out_of_stock(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var visitor = new ShopClient(store.BaseUri);
        var before = await CachedAsync(visitor, "/products/walnut-cutting-board");
        Assert.Contains("Only 3 left", before);
        var board = await store.Database.ProductAsync("walnut-cutting-board");

        await store.CheckoutAsync(await store.CartWithAsync(("walnut-cutting-board", board.Stock)));

        var after = await ShowingAsync(visitor, "/products/walnut-cutting-board", "Out of stock");
        Assert.DoesNotContain("Add to cart", after);
    }

    private static async Task<Answer> ReadAsync(ShopClient visitor, string path)
    {
        using var response = await visitor.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Answer(await response.Content.ReadAsByteArrayAsync(), response.Headers.Age is not null, response.Headers.Contains("Set-Cookie"));
    }

    /// <summary>Staff's edit of a product's name and price, everything else as it was.</summary>
    private static Task RenameAsync(ProductEditor editor, Product product, string name, string price) =>
        editor.UpdateAsync(Staff.Member, product.Id,
            new ProductInput(name, product.Slug, product.Sku, product.Description, price, null, product.Category.Slug, Archived: false,
                Invariant(product.LowStockThreshold), Invariant(product.Stock)),
            stockShown: product.Stock);

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_edit_on_one_instance_evicts_the_page_another_instance_cached()
    {
        await using var b = await StoreHarness.StartAsync(DatabaseProvider.Postgres);
        await using var a = PeerInstance.Start(b);
        await NoticeListeners.WaitForAsync(b.Database, pids => pids.Length == 2);
        using var onB = new ShopClient(b.BaseUri);
        await CachedAsync(onB, "/products/brass-pen");
        var pen = await b.Database.ProductAsync("brass-pen");

        await RenameAsync(a.App.Services.GetRequiredService<ProductEditor>(), pen, "Brass Fountain Pen", "45.00");

        var page = await ShowingAsync(onB, "/products/brass-pen", "<h1>Brass Fountain Pen</h1>");
        Assert.Contains("$45.00", page);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Staff_always_get_a_fresh_page_and_an_error_is_never_kept(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        using var admin = new ShopClient(store.BaseUri);
        await admin.Http.SignInAsDevAsync(DevUser.Admin);
        using var visitor = new ShopClient(store.BaseUri);

        var staffReads = new[] { await ReadAsync(admin, "/products/linen-notebook"), await ReadAsync(admin, "/products/linen-notebook") };
        var visitorRead = await ReadAsync(visitor, "/products/linen-notebook");
        using var missing = await visitor.Http.GetAsync("/products/no-such-thing");
        using var missingAgain = await visitor.Http.GetAsync("/products/no-such-thing");

        Assert.All(staffReads, read => Assert.False(read.FromCache));
        Assert.False(visitorRead.FromCache);
        Assert.Equal(HttpStatusCode.NotFound, missingAgain.StatusCode);
        Assert.Null(missingAgain.Headers.Age);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task With_the_page_cache_off_every_read_is_rendered_afresh(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["PageCache:Enabled"] = "false" });
        using var visitor = new ShopClient(store.BaseUri);

        var reads = new[] { await ReadAsync(visitor, "/"), await ReadAsync(visitor, "/"), await ReadAsync(visitor, "/products/linen-notebook") };

        Assert.All(reads, read => Assert.False(read.FromCache));
        Assert.Contains("Linen Notebook", reads[2].Html);
    }

    /// <summary>
    /// Reads the page until it comes from the cache (it says how old it is). On PostgreSQL the notice listener's first
    /// catch-up, just after start, may empty the cache once.
    /// </summary>
    private static Task<string> CachedAsync(ShopClient visitor, string path) =>
        Wait.UntilAsync(async () =>
        {
            using var response = await visitor.Http.GetAsync(path);
            return response.Headers.Age is null ? null : await response.Content.ReadAsStringAsync();
        });

    /// <summary>Reads the page until it shows <paramref name="text"/>: on PostgreSQL the eviction travels as a notice.</summary>
    private static Task<string> ShowingAsync(ShopClient visitor, string path, string text) =>
        Wait.UntilAsync(async () => await visitor.Http.GetStringAsync(path) is var html && html.Contains(text, StringComparison.Ordinal) ? html : null);

    private sealed record Answer(byte[] Body, bool FromCache, bool SetsCookie)
    {
        public string Html => System.Text.Encoding.UTF8.GetString(Body);
    }
}
