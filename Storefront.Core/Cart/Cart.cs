namespace Storefront.Core.Cart;

/// <summary>A visitor's cart, kept on the server under the id in the visitor's cookie.</summary>
public sealed class Cart
{
    public const int MaxQuantity = 99;

    private readonly List<CartLine> _lines = [];

    private Cart()
    {
    }

    public Cart(Guid id, DateTime now)
    {
        Id = id;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Bumped on every change; two tabs changing the cart at once cannot overwrite each other's work.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<CartLine> Lines => _lines;

    public int ItemCount => _lines.Sum(line => line.Quantity);

    /// <summary>Adds <paramref name="quantity"/> of a product, capped by what is in stock.</summary>
    public void Add(int productId, int quantity, int stock, DateTime now)
    {
        var current = _lines.FirstOrDefault(line => line.ProductId == productId)?.Quantity ?? 0;
        SetQuantity(productId, current + quantity, stock, now);
    }

    /// <summary>Sets a line's quantity; 0 removes it. Refuses anything outside 0–99 or above stock.</summary>
    public void SetQuantity(int productId, int quantity, int stock, DateTime now)
    {
        if (quantity is < 0 or > MaxQuantity)
        {
            throw new CartException(CartProblem.QuantityLimit, CartMessages.For(CartProblem.QuantityLimit, stock));
        }

        if (quantity > stock)
        {
            throw new CartException(CartProblem.OutOfStock, CartMessages.For(CartProblem.OutOfStock, stock));
        }

        var line = _lines.FirstOrDefault(l => l.ProductId == productId);
        if (quantity == 0)
        {
            if (line is not null)
            {
                _lines.Remove(line);
            }
        }
        else if (line is null)
        {
            _lines.Add(new CartLine(Id, productId, quantity));
        }
        else
        {
            line.Quantity = quantity;
        }

        UpdatedAt = now;
        Version++;
    }
}
