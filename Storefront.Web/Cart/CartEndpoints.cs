using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Storefront.Core.Cart;
using Storefront.Web.Hosting;
using Storefront.Web.Security;
using Storefront.Web.Shopping;

namespace Storefront.Web.Cart;

/// <summary>
/// Form-post endpoints behind the cart's forms, so adding and changing work before (or without) the
/// interactive circuit. Each answers with a redirect: back to the cart, or to where the form came from
/// with the reason it was refused. Posted by script (asking for JSON), adding answers with a <see cref="CartAnswer"/>
/// instead, so the shopper stays on the page.
/// </summary>
public static class CartEndpoints
{
    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var cart = endpoints.MapGroup("/cart/items");

        // Posted from cached catalog pages, which hold no antiforgery token.
        cart.MapPost("", async (HttpContext context, [FromForm] CartForm form, ShopperActions actions, CancellationToken ct) =>
            AcceptsJson(context.Request)
                ? await AnswerAsync(context, () => actions.AddAsync(Shopper.From(context), form.ProductId, form.Quantity, ct), form.ProductId)
                : await ApplyAsync(context, form, () => actions.AddAsync(Shopper.From(context), form.ProductId, form.Quantity, ct)))
            .RequireSameOrigin();
        cart.MapPost("/quantity", (HttpContext context, [FromForm] CartForm form, ShopperActions actions, CancellationToken ct) =>
            ApplyAsync(context, form, () => actions.SetQuantityAsync(Shopper.From(context), form.ProductId, form.Quantity, ct)));
        cart.MapPost("/remove", (HttpContext context, [FromForm] CartForm form, ShopperActions actions, CancellationToken ct) =>
            ApplyAsync(context, form, () => actions.RemoveAsync(Shopper.From(context), form.ProductId, ct)));
        return endpoints;
    }

    private static bool AcceptsJson(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

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

    private static async Task<IResult> AnswerAsync(HttpContext context, Func<Task<CartSummary>> change, int productId)
    {
        try
        {
            var cart = await change();
            var inCart = cart.Items.First(item => item.ProductId == productId).Quantity;
            return Results.Ok(new CartAnswer($"Added. {inCart} in your cart.", cart.ItemCount));
        }
        catch (RateLimitedException refused)
        {
            context.Response.Headers.RetryAfter = refused.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Results.Json(new CartAnswer(refused.Message), statusCode: StatusCodes.Status429TooManyRequests);
        }
        catch (CartException refused)
        {
            return Results.Json(new CartAnswer(refused.Message), statusCode: StatusCodes.Status409Conflict);
        }
    }
}
