namespace Storefront.Core.Audit;

/// <summary>What a staff action was done to: a kind of thing and its id, e.g. <c>order</c> <c>SF-7K2M9Q4X</c>.</summary>
public sealed record AuditTarget(string Type, string Id)
{
    public const string OrderType = "order";
    public const string OutboxMessageType = "outbox-message";
    public const string ProductType = "product";
    public const string CategoryType = "category";
    public const string ProductImportType = "product-import";

    /// <summary>An order, by its number (what staff search and read).</summary>
    public static AuditTarget Order(string number) => new(OrderType, number);

    public static AuditTarget OutboxMessage(Guid id) => new(OutboxMessageType, id.ToString());

    public static AuditTarget Product(int id) => new(ProductType, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An import, by the name of its file as the admin's browser sent it (a label, cut to fit).</summary>
    public static AuditTarget ProductImport(string fileName) =>
        new(ProductImportType, fileName.Length <= AuditEntry.MaxTargetIdLength ? fileName : fileName[..AuditEntry.MaxTargetIdLength]);

    public static AuditTarget Category(int id) => new(CategoryType, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
