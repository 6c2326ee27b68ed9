namespace Storefront.Core.Catalog.Csv;

/// <summary>
/// Why an import was refused: a row, numbered as a spreadsheet numbers it (the header is row 1, the first product
/// row 2, a cell with line breaks still one row), or null for the file as a whole.
/// </summary>
public sealed record ProductImportProblem(int? Row, string Reason);
