using Microsoft.EntityFrameworkCore;
using Storefront.Core.Catalog;
using Storefront.Core.Data;

namespace Storefront.Tests.Infrastructure;

public static class SeededDatabase
{
    /// <summary>A migrated database holding the demo catalog.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        await DemoCatalog.SeedAsync(db, CancellationToken.None);
        return database;
    }

    public static async Task<Product> ProductAsync(this TestDatabase database, string slug)
    {
        await using var db = database.NewContext();
        return await db.Products.AsNoTracking().Include(p => p.Category).SingleAsync(p => p.Slug == slug);
    }
}
