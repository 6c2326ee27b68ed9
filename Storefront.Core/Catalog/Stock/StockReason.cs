namespace Storefront.Core.Catalog.Stock;

/// <summary>Why a product's stock moved. Staff choose the first three; checkout writes the others.</summary>
public enum StockReason
{
    Received = 0,
    Damaged = 1,
    Correction = 2,

    /// <summary>The stock a product was created with.</summary>
    Opening = 3,

    /// <summary>Reserved by a checkout.</summary>
    Sale = 4,

    /// <summary>Given back by an order cancelled or expired before it was paid.</summary>
    Released = 5,
}
