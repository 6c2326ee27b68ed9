using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Catalog;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> category)
    {
        category.Property(c => c.Slug).HasMaxLength(ProductRules.MaxSlugLength);
        category.Property(c => c.Name).HasMaxLength(100);
        category.HasIndex(c => c.Slug).IsUnique();
    }
}
