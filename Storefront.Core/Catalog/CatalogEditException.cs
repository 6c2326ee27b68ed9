namespace Storefront.Core.Catalog;

/// <summary>Staff's change to the catalog was refused and nothing was saved; <see cref="Problems"/> says what to fix.</summary>
public sealed class CatalogEditException(IReadOnlyList<string> problems) : DomainException(string.Join(" ", problems))
{
    public CatalogEditException(string problem)
        : this([problem])
    {
    }

    public IReadOnlyList<string> Problems { get; } = problems;
}
