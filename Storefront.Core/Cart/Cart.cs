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

    /// <summary>The signed-in shopper who owns this cart; null for a guest's cart.</summary>
    public string? UserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Bumped on every change; two tabs changing the cart at once cannot overwrite each other's work.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<CartLine> Lines => _lines;

    public int ItemCount => _lines.Sum(line => line.Quantity);

    /// <summary>Gives a guest's cart to the shopper who just signed in.</summary>
    public void AssignTo(string userId, DateTime now)
    {
        if (UserId is not null && UserId != userId)
        {
            throw new DomainException("A signed-in shopper's cart cannot be given to someone else.");
        }

        UserId = userId;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>
    /// Moves a guest's lines into this cart at sign-in. Quantities of the same product add up, capped by the
    /// 99 limit and by what is in stock (<paramref name="stock"/>, by product id), because the merged cart must
    /// still be one the shopper could have built; products no longer sold are dropped.
    /// </summary>
    public void MergeFrom(Cart guest, IReadOnlyDictionary<int, int> stock, DateTime now)
    {
        foreach (var line in guest._lines)
        {
            var available = stock.GetValueOrDefault(line.ProductId);
            var current = _lines.FirstOrDefault(l => l.ProductId == line.ProductId)?.Quantity ?? 0;
            var merged = Math.Min(Math.Min(current + line.Quantity, MaxQuantity), available);
            if (merged > 0)
            {
                SetQuantity(line.ProductId, merged, available, now);
            }
        }

        guest._lines.Clear();
        guest.UpdatedAt = now;
        guest.Version++;
    }

    /// <summary>
    /// Puts back a line of an order whose bank debit failed, so the shopper can pay for it again. That order still
    /// holds the stock, so the catalog's stock is no limit here; a product already in the cart keeps its line.
    /// </summary>
    public void PutBack(int productId, int quantity, DateTime now)
    {
        if (_lines.Any(line => line.ProductId == productId))
        {
            return;
        }

        _lines.Add(new CartLine(Id, productId, Math.Min(quantity, MaxQuantity)));
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Adds <paramref name="quantity"/> of a product, capped by what is in stock.</summary>
    public void Add(int productId, int quantity, int stock, DateTime now)
    {
        // Adding nothing (a form that lost its quantity) would otherwise pass as a change that changed nothing.
        if (quantity < 1)
        {
            throw new CartException(CartProblem.QuantityLimit, CartMessages.For(CartProblem.QuantityLimit, stock));
        }

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
