namespace Storefront.Web.Cart;

/// <summary>The fields of the cart's plain HTML forms, posted before a page is interactive.</summary>
public sealed class CartForm
{
    public int ProductId { get; set; }

    public int Quantity { get; set; } = 1;

    public string? ReturnUrl { get; set; }
}
