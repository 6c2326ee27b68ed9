using Storefront.Core.Cart;
using CartEntity = Storefront.Core.Cart.Cart;

namespace Storefront.Tests.Cart;

public sealed class CartTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Adding_the_same_product_twice_adds_to_one_line()
    {
        var cart = new CartEntity(Guid.NewGuid(), Now);

        cart.Add(productId: 7, quantity: 2, stock: 10, Now);
        cart.Add(productId: 7, quantity: 3, stock: 10, Now.AddMinutes(1));

        var line = Assert.Single(cart.Lines);
        Assert.Equal(5, line.Quantity);
        Assert.Equal(5, cart.ItemCount);
        Assert.Equal(Now.AddMinutes(1), cart.UpdatedAt);
    }

    [Fact]
    public void Setting_a_quantity_to_zero_removes_the_line()
    {
        var cart = new CartEntity(Guid.NewGuid(), Now);
        cart.Add(7, 2, 10, Now);
        cart.Add(8, 1, 10, Now);

        cart.SetQuantity(7, 0, 10, Now);

        Assert.Equal(8, Assert.Single(cart.Lines).ProductId);
    }

    [Theory]
    [InlineData(-1, 500, CartProblem.QuantityLimit, "Quantity must be between 1 and 99.")]
    [InlineData(100, 500, CartProblem.QuantityLimit, "Quantity must be between 1 and 99.")]
    [InlineData(4, 3, CartProblem.OutOfStock, "Only 3 left in stock.")]
    [InlineData(1, 0, CartProblem.OutOfStock, "This product is out of stock.")]
    public void A_quantity_out_of_bounds_is_refused_and_changes_nothing(int quantity, int stock, CartProblem problem, string message)
    {
        var cart = new CartEntity(Guid.NewGuid(), Now);
        cart.Add(7, 1, 500, Now);

        var error = Assert.Throws<CartException>(() => cart.SetQuantity(7, quantity, stock, Now));

        Assert.Equal((problem, message), (error.Problem, error.Message));
        Assert.Equal(1, Assert.Single(cart.Lines).Quantity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Adding_less_than_one_is_refused_and_changes_nothing(int quantity)
    {
        var cart = new CartEntity(Guid.NewGuid(), Now);
        cart.Add(7, 1, 500, Now);

        var error = Assert.Throws<CartException>(() => cart.Add(7, quantity, 500, Now));

        Assert.Equal(CartProblem.QuantityLimit, error.Problem);
        Assert.Equal(1, Assert.Single(cart.Lines).Quantity);
    }

    [Fact]
    public void Adding_beyond_what_is_in_stock_is_refused()
    {
        var cart = new CartEntity(Guid.NewGuid(), Now);
        cart.Add(7, 2, 3, Now);

        Assert.Throws<CartException>(() => cart.Add(7, 2, 3, Now));

        Assert.Equal(2, cart.ItemCount);
    }
}
