using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Storefront.Bench;

/// <summary>The shopper's and Stripe's side of the app, over plain HTTP as a browser and Stripe would speak it.</summary>
public sealed partial class Shop(HttpClient http, string webhookSecret)
{
    public const string EmulatorKey = "sk_test_emulator";
    private const string Emulator = "/stripe-emulator";

    private string _antiforgeryCookie = "";
    private string _antiforgeryToken = "";

    public HttpClient Http => http;

    /// <summary>
    /// Gets an antiforgery cookie and form token once, for the checkout form. Catalog pages are cached and hold no token,
    /// so this adds the product to a cart of its own and reads the cart page's checkout form. The pair is not tied to the
    /// cart cookie, so every fresh cart (a new <c>.Storefront.Cart</c> id) can post with it.
    /// </summary>
    public async Task InitializeAsync(string productSlug)
    {
        var product = await http.GetStringAsync($"/products/{productSlug}");
        var cartId = Guid.NewGuid();
        await AddToCartAsync(cartId, int.Parse(ProductIdInput().Match(product).Groups[1].Value, CultureInfo.InvariantCulture));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/cart");
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.Add("Cookie", $".Storefront.Cart={cartId}");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        _antiforgeryToken = WebUtility.HtmlDecode(TokenInput().Match(html) is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException("No __RequestVerificationToken on the cart page."));
        _antiforgeryCookie = response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .FirstOrDefault(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("No antiforgery cookie from the cart page.");
    }

    public string CookieFor(Guid cartId) => $"{_antiforgeryCookie}; .Storefront.Cart={cartId}";

    public async Task<bool> GetAsync(string path, string? cookie = null, bool html = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (html)
        {
            request.Headers.Accept.ParseAdd("text/html");
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
        return response.StatusCode == HttpStatusCode.OK;
    }

    public async Task AddToCartAsync(Guid cartId, int productId)
    {
        using var response = await PostFormAsync("/cart/items", cartId, new()
        {
            ["ProductId"] = productId.ToString(CultureInfo.InvariantCulture),
            ["Quantity"] = "1",
        });
        if (response.StatusCode != HttpStatusCode.SeeOther || response.Headers.Location?.OriginalString != "/cart")
        {
            throw new InvalidOperationException($"Add to cart answered {(int)response.StatusCode} → {response.Headers.Location}");
        }
    }

    /// <summary><c>POST /checkout</c>: creates the order, reserves stock and creates the Checkout Session. Returns the session id.</summary>
    public async Task<string> StartCheckoutAsync(Guid cartId)
    {
        using var response = await PostFormAsync("/checkout", cartId, []);
        var location = response.Headers.Location?.OriginalString ?? "";
        var at = location.IndexOf("/c/pay/", StringComparison.Ordinal);
        if (response.StatusCode != HttpStatusCode.SeeOther || at < 0)
        {
            throw new InvalidOperationException($"Checkout answered {(int)response.StatusCode} → {location}");
        }

        return location[(at + "/c/pay/".Length)..].Split('?', '#')[0];
    }

    /// <summary>
    /// Pays a session as Stripe's hosted page would, with the 4242 test card and the phone and delivery address
    /// the store asks for.
    /// </summary>
    public async Task PayAsync(string sessionId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Emulator}/v1/payment_pages/{sessionId}/confirm")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = "ada@example.com",
                ["payment_method_data[type]"] = "card",
                ["payment_method_data[card][number]"] = "4242424242424242",
                ["phone"] = "+1 555 0100",
                ["shipping_details[name]"] = "Ada Lovelace",
                ["shipping_details[address][line1]"] = "1 Main Street",
                ["shipping_details[address][city]"] = "Springfield",
                ["shipping_details[address][postal_code]"] = "12345",
                ["shipping_details[address][country]"] = "US",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorKey);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Confirm {sessionId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async Task HoldWebhooksAsync()
    {
        using var response = await http.PostAsync($"{Emulator}/_emulator/webhooks/hold", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The emulator's recorded <c>checkout.session.completed</c> events: session id → event id.</summary>
    public async Task<Dictionary<string, string>> CompletedEventsAsync()
    {
        var json = await http.GetStringAsync($"{Emulator}/_emulator/events?type=checkout.session.completed");
        using var document = JsonDocument.Parse(json);
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in document.RootElement.EnumerateArray())
        {
            events[e.GetProperty("object_id").GetString()!] = e.GetProperty("id").GetString()!;
        }

        return events;
    }

    /// <summary>An event's JSON exactly as the emulator serves it (<c>GET /v1/events/{id}</c>).</summary>
    public async Task<string> EventPayloadAsync(string eventId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Emulator}/v1/events/{eventId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>What the store's own call to Stripe looks like while it applies a checkout event.</summary>
    public async Task<bool> RetrieveSessionAsync(string sessionId)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get, $"{Emulator}/v1/checkout/sessions/{sessionId}?expand[0]=line_items&expand[1]=payment_intent");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorKey);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>
    /// Delivers an event as Stripe does, signed now with the endpoint's secret. Returns null on a 200 that applied
    /// the event, "duplicate" on a 200 for an event already applied, or the failure.
    /// </summary>
    public async Task<string?> SendWebhookAsync(string payload)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Stripe-Signature", $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Sign(timestamp, payload)}");
        request.Headers.UserAgent.ParseAdd("Stripe/1.0 (+https://stripe.com/docs/webhooks)");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"{(int)response.StatusCode} {body}";
        }

        return body.Contains("\"duplicate\":true", StringComparison.Ordinal) ? "duplicate" : null;
    }

    private string Sign(long timestamp, string payload)
    {
        var signed = Encoding.UTF8.GetBytes($"{timestamp.ToString(CultureInfo.InvariantCulture)}.{payload}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhookSecret), signed));
    }

    private async Task<HttpResponseMessage> PostFormAsync(string path, Guid cartId, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = _antiforgeryToken;
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", CookieFor(cartId));

        // As a browser says it on a post from the store's own page; adding to the cart is refused without it.
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        try
        {
            var response = await http.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            return response;
        }
        finally
        {
            request.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("name=\"ProductId\" value=\"(\\d+)\"")]
    private static partial Regex ProductIdInput();
}
