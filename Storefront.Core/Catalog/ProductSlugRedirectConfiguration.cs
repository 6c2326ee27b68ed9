using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Catalog;

internal sealed class ProductSlugRedirectConfiguration : IEntityTypeConfiguration<ProductSlugRedirect>
{
    public void Configure(EntityTypeBuilder<ProductSlugRedirect> redirect)
    {
        redirect.Property(r => r.Slug).HasMaxLength(ProductRules.MaxSlugLength);
        redirect.HasIndex(r => r.Slug).IsUnique();
        redirect.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
