using Microsoft.EntityFrameworkCore;

namespace Storefront.Core.Data;

/// <summary>The SQLite flavour of the store's database; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteStoreDbContext(DbContextOptions<StoreDbContext> options) : StoreDbContext(options);
