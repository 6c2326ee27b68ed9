namespace Storefront.Core.Catalog.Stock;

/// <summary>The words pages use for a <see cref="StockReason"/>, and which reasons staff may choose.</summary>
public static class StockReasons
{
    public static IReadOnlyList<StockReason> StaffChoices { get; } = [StockReason.Received, StockReason.Damaged, StockReason.Correction];

    public static string For(StockReason reason) => reason switch
    {
        StockReason.Received => "Received",
        StockReason.Damaged => "Damaged",
        StockReason.Correction => "Correction",
        StockReason.Opening => "Opening stock",
        StockReason.Sale => "Sale",
        _ => "Released",
    };
}
