namespace Storefront.Core.Catalog.Csv;

/// <summary>
/// Checks each row on its own with <see cref="ProductInput"/>'s rules (the admin form's), plus what only a file
/// has: a status word and a category named by slug or by name.
/// </summary>
internal static class ProductImportRows
{
    public static List<ImportedProduct> Parse(
        IEnumerable<ProductCsvRow> rows, IReadOnlyList<Category> categories, string currency, List<ProductImportProblem> problems)
    {
        var parsed = new List<ImportedProduct>();
        foreach (var row in rows)
        {
            var rowProblems = new List<string>();
            var status = row.Status.Trim().ToLowerInvariant();
            if (status is not ("" or ProductCsvColumns.Active or ProductCsvColumns.Archived))
            {
                rowProblems.Add($"The status must be “{ProductCsvColumns.Active}” or “{ProductCsvColumns.Archived}” (it is “{row.Status.Trim()}”).");
            }

            var categoryText = row.Category.Trim();
            var category = categories.FirstOrDefault(c => string.Equals(c.Slug, categoryText, StringComparison.OrdinalIgnoreCase))
                ?? categories.FirstOrDefault(c => string.Equals(c.Name, categoryText, StringComparison.OrdinalIgnoreCase));
            var input = new ProductInput(
                row.Name, row.Slug, row.Sku, row.Description, row.Price, row.CompareAtPrice, category?.Slug ?? categoryText,
                status == ProductCsvColumns.Archived, row.LowStockThreshold, row.Stock);
            var fields = input.Parse(currency, rowProblems);
            if (category is null && categoryText.Length > 0)
            {
                rowProblems.Add($"There is no category “{categoryText}”.");
            }

            if (fields is { } valid && rowProblems.Count == 0)
            {
                parsed.Add(new ImportedProduct(row.Row, valid.Details, category!, valid.Stock));
            }
            else
            {
                problems.AddRange(rowProblems.Select(reason => new ProductImportProblem(row.Row, reason)));
            }
        }

        return parsed;
    }

    /// <summary>
    /// Finds the product each row updates (by SKU, else by slug) and refuses a row whose SKU or slug another row
    /// has, or another product holds, and two rows that would update one product.
    /// </summary>
    public static List<ImportedProduct> Match(IReadOnlyList<ImportedProduct> rows, IReadOnlyList<Product> existing, List<ProductImportProblem> problems)
    {
        var bySku = existing.Where(p => p.Sku is not null).ToDictionary(p => p.Sku!, StringComparer.Ordinal);
        var bySlug = existing.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var skuRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var slugRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var productRows = new Dictionary<int, int>();
        var matched = new List<ImportedProduct>();
        foreach (var row in rows)
        {
            var details = row.Details;
            var product = details.Sku is { } sku && bySku.TryGetValue(sku, out var withSku) ? withSku : bySlug.GetValueOrDefault(details.Slug);
            var rowProblems = new List<string>();
            if (details.Sku is { } rowSku && !skuRows.TryAdd(rowSku, row.Row))
            {
                rowProblems.Add($"The SKU “{rowSku}” is also on row {skuRows[rowSku]}.");
            }

            if (!slugRows.TryAdd(details.Slug, row.Row))
            {
                rowProblems.Add($"The slug “{details.Slug}” is also on row {slugRows[details.Slug]}.");
            }

            if (bySlug.TryGetValue(details.Slug, out var slugOwner) && slugOwner != product)
            {
                rowProblems.Add($"The slug “{details.Slug}” is already used by “{slugOwner.Name}”{(slugOwner.Sku is { } s ? $" (SKU {s})" : "")}.");
            }

            if (rowProblems.Count == 0 && product is not null && !productRows.TryAdd(product.Id, row.Row))
            {
                rowProblems.Add($"Row {productRows[product.Id]} already updates “{product.Name}”, found by the same SKU or slug.");
            }

            problems.AddRange(rowProblems.Select(reason => new ProductImportProblem(row.Row, reason)));
            matched.Add(row with { Existing = product });
        }

        return matched;
    }
}
