namespace Storefront.Core.Orders;

/// <summary>What was bought, frozen at the moment of ordering: later catalog changes do not alter it.</summary>
public sealed class OrderLine
{
    private OrderLine()
    {
    }

    public OrderLine(int productId, string productName, long unitPrice, int quantity, bool requiresShipping = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitPrice);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ProductId = productId;
        ProductName = productName;
        UnitPrice = unitPrice;
        Quantity = quantity;
        RequiresShipping = requiresShipping;
    }

    public int Id { get; private set; }

    public Guid OrderId { get; private set; }

    public int ProductId { get; private set; }

    public string ProductName { get; private set; } = "";

    public long UnitPrice { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>Whether the product is sent (false for a download or a gift card), as the catalog said when ordered.</summary>
    public bool RequiresShipping { get; private set; }

    public long LineTotal => checked(UnitPrice * Quantity);
}
