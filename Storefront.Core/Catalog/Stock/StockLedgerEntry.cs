using Storefront.Core.Audit;

namespace Storefront.Core.Catalog.Stock;

/// <summary>
/// One movement of a product's stock: how much, why, what it left and who moved it (staff, or the order whose
/// checkout did). Written in the same transaction as the conditional UPDATE it records; entries are only ever added.
/// </summary>
public sealed class StockLedgerEntry
{
    public const int MaxOrderNumberLength = 40;

    private StockLedgerEntry()
    {
    }

    internal StockLedgerEntry(int productId, int delta, StockReason reason, int stockAfter, bool crossedLowStock, AuditActor? actor, string? orderNumber, DateTime at)
    {
        ProductId = productId;
        Delta = delta;
        Reason = reason;
        StockAfter = stockAfter;
        CrossedLowStock = crossedLowStock;
        ActorId = actor?.Id;
        ActorName = actor?.Name;
        OrderNumber = orderNumber;
        At = at;
    }

    /// <summary>The stock a product is created with, so its ledger adds up from its first unit.</summary>
    internal static StockLedgerEntry Opening(Product product, AuditActor actor, DateTime at) =>
        new(product.Id, product.Stock, StockReason.Opening, product.Stock, crossedLowStock: false, actor, orderNumber: null, at);

    public long Id { get; private set; }

    public int ProductId { get; private set; }

    /// <summary>Units added (positive) or taken (negative).</summary>
    public int Delta { get; private set; }

    public StockReason Reason { get; private set; }

    /// <summary>The product's stock right after this movement.</summary>
    public int StockAfter { get; private set; }

    public int StockBefore => StockAfter - Delta;

    /// <summary>True when this movement took the stock from above the low-stock threshold to at or below it.</summary>
    public bool CrossedLowStock { get; private set; }

    /// <summary>True when the shop now shows this product's stock differently (see <see cref="StockLevel"/>); not stored.</summary>
    public bool ChangedStockLevel { get; init; }

    /// <summary>The staff member's user id; null when checkout moved the stock.</summary>
    public string? ActorId { get; private set; }

    public string? ActorName { get; private set; }

    /// <summary>The order whose checkout reserved or released the units.</summary>
    public string? OrderNumber { get; private set; }

    public DateTime At { get; private set; }
}
