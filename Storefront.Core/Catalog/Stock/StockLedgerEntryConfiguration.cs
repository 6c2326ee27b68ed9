using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Core.Audit;

namespace Storefront.Core.Catalog.Stock;

internal sealed class StockLedgerEntryConfiguration : IEntityTypeConfiguration<StockLedgerEntry>
{
    public void Configure(EntityTypeBuilder<StockLedgerEntry> entry)
    {
        entry.ToTable("StockLedger");
        entry.Property(e => e.Reason).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.ActorId).HasMaxLength(AuditActor.MaxIdLength);
        entry.Property(e => e.ActorName).HasMaxLength(AuditActor.MaxNameLength);
        entry.Property(e => e.OrderNumber).HasMaxLength(StockLedgerEntry.MaxOrderNumberLength);
        entry.Ignore(e => e.StockBefore);
        entry.Ignore(e => e.ChangedStockLevel);
        entry.HasIndex(e => new { e.ProductId, e.Id });
        entry.HasOne<Product>().WithMany().HasForeignKey(e => e.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
