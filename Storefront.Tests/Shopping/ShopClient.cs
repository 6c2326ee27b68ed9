using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Shopping;

/// <summary>
/// One visitor driving the store's plain HTML forms over HTTP, with its own cookies. Given a loopback address
/// other than 127.0.0.1 it connects from there, so the store sees a different client without any test hook.
/// </summary>
public sealed partial class ShopClient : IDisposable
{
    private readonly HttpClient _client;

    public ShopClient(Uri baseUri, IPAddress? from = null)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        if (from is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(from, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            };
        }

        _client = new HttpClient(handler) { BaseAddress = baseUri };
    }

    public HttpClient Http => _client;

    /// <summary>Posts the product page's form as a current browser does: no token (the page is cached), and <c>Sec-Fetch-Site</c>.</summary>
    public async Task<HttpResponseMessage> AddToCartAsync(string slug, int quantity)
    {
        var page = await _client.GetStringAsync($"/products/{slug}");
        return await _client.AddToCartAsync(ProductId().Match(page).Groups[1].Value, quantity);
    }

    /// <summary>Posts the cart page's checkout form, token included.</summary>
    public async Task<HttpResponseMessage> CheckoutAsync(Action<HttpRequestMessage>? adjust = null)
    {
        var cart = await _client.GetStringAsync("/cart");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/checkout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(cart) }),
        };
        adjust?.Invoke(request);
        return await _client.SendAsync(request);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"ProductId\" value=\"(\\d+)\"")]
    private static partial Regex ProductId();
}
