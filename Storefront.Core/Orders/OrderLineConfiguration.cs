using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Orders;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.Property(l => l.ProductName).HasMaxLength(200);
        line.Ignore(l => l.LineTotal);

        // Lines ordered before products could be downloads were all things to send.
        line.Property(l => l.RequiresShipping).HasDefaultValue(true).HasSentinel(true);
    }
}
