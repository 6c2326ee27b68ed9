namespace Storefront.Web.Cart;

/// <summary>
/// The visitor's cart id lives in a cookie, so the cart survives reloads, new tabs and new circuits.
/// The id is a random GUID: unguessable, and it reveals nothing. The cart row is created on first add.
/// </summary>
public static class CartCookie
{
    public const string Name = ".Storefront.Cart";
    private static readonly object ItemKey = new();

    /// <summary>The visitor's cart id, issuing a new cookie on this response when there is none.</summary>
    public static Guid GetCartId(this HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var cached) && cached is Guid id)
        {
            return id;
        }

        if (Guid.TryParse(context.Request.Cookies[Name], out id))
        {
            context.Items[ItemKey] = id;
            return id;
        }

        id = Guid.NewGuid();
        context.SetCartId(id);
        return id;
    }

    /// <summary>The cart id the visitor's cookie holds, without issuing one.</summary>
    public static Guid? PeekCartId(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var cached) && cached is Guid id ? id
        : Guid.TryParse(context.Request.Cookies[Name], out id) ? id : null;

    /// <summary>Points the visitor's cookie at another cart: the shopper's own, once they sign in.</summary>
    public static void SetCartId(this HttpContext context, Guid id)
    {
        context.Response.Cookies.Append(Name, id.ToString(), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(30),
        });
        context.Items[ItemKey] = id;
    }
}
