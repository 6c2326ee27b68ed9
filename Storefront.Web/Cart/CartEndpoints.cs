using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Storefront.Core.Cart;
using Storefront.Web.Hosting;
using Storefront.Web.Shopping;

namespace Storefront.Web.Cart;

/// <summary>
/// Form-post endpoints behind the cart's forms, so adding and changing work before (or without) the
/// interactive circuit. Each answers with a redirect: back to the cart, or to where the form came from
/// with the reason it was refused.
/// </summary>
public static class CartEndpoints
{
    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var cart = endpoints.MapGroup("/cart/items");
        cart.MapPost("", (HttpContext context, [FromForm] CartForm form, ShopperActions actions, CancellationToken ct) =>
            ApplyAsync(context, form, () => actions.AddAsync(Shopper.From(context), form.ProductId, form.Quantity, ct)));
        cart.MapPost("/quantity", (HttpContext context, [FromForm] CartForm form, ShopperActions actions, CancellationToken ct) =>
            ApplyAsync(context, form, () => actions.SetQuantityAsync(Shopper.From(context), form.ProductId, form.Quantity, ct)));
        cart.MapPost("/remove", (HttpContext context, [FromForm] CartForm form, ShopperActions actions, CancellationToken ct) =>
            ApplyAsync(context, form, () => actions.RemoveAsync(Shopper.From(context), form.ProductId, ct)));
        return endpoints;
    }

    private static async Task<IResult> ApplyAsync(HttpContext context, CartForm form, Func<Task<CartSummary>> change)
    {
        try
        {
            await change();
            return new SeeOther(CartPage.Path);
        }
        catch (RateLimitedException refused)
        {
            return TooManyRequests.For(context, refused);
        }
        catch (CartException refused)
        {
            var back = LocalUrl.IsLocal(form.ReturnUrl) ? form.ReturnUrl! : CartPage.Path;
            var target = QueryHelpers.AddQueryString(back, new Dictionary<string, string?>
            {
                ["problem"] = refused.Problem.ToString(),
                ["product"] = form.ProductId.ToString(CultureInfo.InvariantCulture),
            });
            return new SeeOther(target);
        }
    }
}
