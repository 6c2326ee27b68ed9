using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Catalog;

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> image)
    {
        image.Property(i => i.AltText).HasMaxLength(ProductRules.MaxAltTextLength);
        image.Property(i => i.FileStem).HasMaxLength(64);
        image.Property(i => i.Widths).HasMaxLength(100);
        image.HasIndex(i => new { i.ProductId, i.Position });
        image.HasIndex(i => i.FileStem);
    }
}
