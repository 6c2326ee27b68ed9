using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Catalog;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.Property(p => p.Slug).HasMaxLength(ProductRules.MaxSlugLength);
        product.Property(p => p.Name).HasMaxLength(ProductRules.MaxNameLength);
        product.Property(p => p.Description).HasMaxLength(ProductRules.MaxDescriptionLength);
        product.Property(p => p.ImagePath).HasMaxLength(300);
        product.Property(p => p.RequiresShipping).HasDefaultValue(true).HasSentinel(true);
        product.Property(p => p.Sku).HasMaxLength(ProductRules.MaxSkuLength);
        // The column's default is for rows that predate it. A threshold of 0 is staff's choice, so only an
        // impossible value (never set) may fall back to the default on insert.
        product.Property(p => p.LowStockThreshold).HasDefaultValue(Product.DefaultLowStockThreshold).HasSentinel(-1);
        product.HasIndex(p => p.Slug).IsUnique();
        product.HasIndex(p => p.Sku).IsUnique();
        product.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        product.HasMany(p => p.Images).WithOne().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
        product.Navigation(p => p.Images).HasField("_images").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
