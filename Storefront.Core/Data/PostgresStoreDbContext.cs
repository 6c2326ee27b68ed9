using Microsoft.EntityFrameworkCore;

namespace Storefront.Core.Data;

/// <summary>The PostgreSQL flavour of the store's database; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresStoreDbContext(DbContextOptions<StoreDbContext> options) : StoreDbContext(options);
