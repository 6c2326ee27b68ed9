namespace Storefront.Core.Catalog;

public sealed class Category
{
    private Category()
    {
    }

    public Category(string slug, string name)
    {
        Slug = slug;
        Name = name;
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";
}
