namespace Storefront.Core.Catalog;

public sealed class Category
{
    private Category()
    {
    }

    public Category(string slug, string name, int position = 0)
    {
        Slug = slug;
        Name = name;
        Position = position;
    }

    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Where the category comes in the shop's navigation, smallest first.</summary>
    public int Position { get; private set; }

    internal CategorySnapshot Snapshot() => new(Name, Slug, Position);

    internal void Rename(string name, string slug)
    {
        Name = name;
        Slug = slug;
    }

    internal void MoveTo(int position) => Position = position;
}
