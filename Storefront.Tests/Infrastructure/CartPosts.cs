using System.Globalization;

namespace Storefront.Tests.Infrastructure;

/// <summary>Adding to the cart as a current browser posts it from a (cached) product page: no token, and <c>Sec-Fetch-Site</c>.</summary>
public static class CartPosts
{
    public static async Task<HttpResponseMessage> AddToCartAsync(this HttpClient client, string productId, int quantity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cart/items")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["ProductId"] = productId,
                ["Quantity"] = quantity.ToString(CultureInfo.InvariantCulture),
            }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await client.SendAsync(request);
    }
}
