using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Admin.Totals;

internal sealed class OrderDailyTotalConfiguration : IEntityTypeConfiguration<OrderDailyTotal>
{
    public const string Table = "OrderDailyTotals";

    public void Configure(EntityTypeBuilder<OrderDailyTotal> total)
    {
        total.ToTable(Table);
        total.HasKey(t => new { t.Day, t.Currency, t.Status });
        total.Property(t => t.Currency).HasMaxLength(3);
        total.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
    }
}
