using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Cart;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> cart)
    {
        cart.Property(c => c.Id).ValueGeneratedNever();
        cart.Property(c => c.Version).IsConcurrencyToken();
        cart.HasMany(c => c.Lines).WithOne().HasForeignKey(line => line.CartId).OnDelete(DeleteBehavior.Cascade);
        cart.Navigation(c => c.Lines).AutoInclude();
        cart.Property(c => c.UserId).HasMaxLength(200);
        cart.HasIndex(c => c.UserId).IsUnique().HasFilter("\"UserId\" IS NOT NULL");
    }
}
