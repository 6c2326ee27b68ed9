using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Catalog;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.Property(p => p.Slug).HasMaxLength(100);
        product.Property(p => p.Name).HasMaxLength(200);
        product.Property(p => p.Description).HasMaxLength(4000);
        product.Property(p => p.ImagePath).HasMaxLength(300);
        product.Property(p => p.RequiresShipping).HasDefaultValue(true).HasSentinel(true);
        product.HasIndex(p => p.Slug).IsUnique();
        product.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
