using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Cart;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Payments;
using Stripe;
using Core = Storefront.Core;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The whole store as <c>dotnet run</c> starts it — Kestrel on loopback, the Stripe emulator mounted in-process,
/// webhooks delivered to the store's own endpoint — on a fresh database, with fast retries so tests finish quickly.
/// </summary>
public sealed class StoreHarness : IAsyncDisposable
{
    public const string WebhookSecret = "whsec_emulator_development_placeholder_not_a_secret";

    private StoreHarness(TestDatabase database, StorefrontFactory app, Uri baseUri)
    {
        Database = database;
        App = app;
        BaseUri = baseUri;
        Emulator = new HttpClient { BaseAddress = new Uri(baseUri, "stripe-emulator/") };
        Stripe = new StripeClient(new StripeClientOptions
        {
            ApiKey = StoreStripeClient.EmulatorApiKey,
            ApiBase = new Uri(baseUri, "stripe-emulator").ToString(),
            HttpClient = new SystemNetHttpClient(new HttpClient(), maxNetworkRetries: 0),
        });
    }

    public TestDatabase Database { get; }

    public StorefrontFactory App { get; }

    public Uri BaseUri { get; }

    /// <summary>Plain HTTP to the mounted emulator, for its control API (<c>_emulator/…</c>).</summary>
    public HttpClient Emulator { get; }

    /// <summary>A Stripe.net client of the test's own, to act as the shopper on Stripe's side (pay, refund).</summary>
    public StripeClient Stripe { get; }

    public static async Task<StoreHarness> StartAsync(
        DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var all = new Dictionary<string, string?>
        {
            ["StripeEmulator:WebhookRetryDelay"] = "00:00:00.050",
            ["StripeEmulator:SweepInterval"] = "00:00:00.100",
            ["Checkout:StripeRetryDelay"] = "00:00:00.010",

            // Delivery and tax cost nothing unless a test says otherwise, so a payment's amount is its lines'.
            ["Shipping:Rates:0:Amount"] = "0",
            ["Shipping:Rates:1:Amount"] = "0",
            ["Tax:Mode"] = "None",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new StorefrontFactory(database, all, services);
        return new StoreHarness(database, app, app.StartOnKestrel());
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async Task<Guid> CartWithAsync(params (string Slug, int Quantity)[] items)
    {
        var cartId = Guid.NewGuid();
        foreach (var (slug, quantity) in items)
        {
            var product = await Database.ProductAsync(slug);
            await Service<CartService>().AddAsync(cartId, product.Id, quantity);
        }

        return cartId;
    }

    public Task<CheckoutStarted> CheckoutAsync(Guid cartId, string? email = null, string? userId = null) =>
        Service<Core.Checkout.CheckoutService>().StartAsync(new CheckoutRequest(cartId, email, userId));

    public static string SessionIdOf(CheckoutStarted started) => started.PaymentUrl[(started.PaymentUrl.LastIndexOf('/') + 1)..];

    /// <summary>Pays a session as the shopper would on Stripe's page; card errors surface as <see cref="StripeException"/>.</summary>
    public async Task PayAsync(string sessionId, string card = "4242424242424242") =>
        await Stripe.RawRequestAsync(HttpMethod.Post, $"/v1/payment_pages/{sessionId}/confirm",
            $"email=ada%40example.com&payment_method_data[type]=card&payment_method_data[card][number]={card}" +
            await CollectedFieldsAsync(sessionId));

    public async Task PayByBankDebitAsync(string sessionId, string iban) =>
        await Stripe.RawRequestAsync(HttpMethod.Post, $"/v1/payment_pages/{sessionId}/confirm",
            $"email=ada%40example.com&payment_method_data[type]=sepa_debit&payment_method_data[sepa_debit][iban]={iban}" +
            await CollectedFieldsAsync(sessionId));

    /// <summary>The address (in the first allowed country) and phone a session collects, as the page would send them.</summary>
    private async Task<string> CollectedFieldsAsync(string sessionId)
    {
        var session = await new global::Stripe.Checkout.SessionService(Stripe).GetAsync(sessionId);
        var fields = "";
        if (session.ShippingAddressCollection?.AllowedCountries is [var country, ..])
        {
            fields += "&shipping_details[name]=Ada+Lovelace&shipping_details[address][line1]=1+Main+Street" +
                $"&shipping_details[address][city]=Springfield&shipping_details[address][postal_code]=12345&shipping_details[address][country]={country}";
        }

        return session.PhoneNumberCollection?.Enabled == true ? fields + "&phone=%2B1+555+0100" : fields;
    }

    public async Task<JsonNode> ControlAsync(string path)
    {
        using var response = await Emulator.PostAsync($"_emulator/{path}", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public async Task<JsonArray> ControlGetAsync(string path) =>
        (await Emulator.GetFromJsonAsync<JsonArray>($"_emulator/{path}"))!;

    /// <summary>The id of the one event of <paramref name="type"/> the emulator recorded for a session.</summary>
    public async Task<string> EventIdAsync(string type, string sessionId)
    {
        var events = await ControlGetAsync($"events?type={type}");
        return events.Single(e => e!["object_id"]!.GetValue<string>() == sessionId)!["id"]!.GetValue<string>();
    }

    /// <summary>Waits until the store has answered the emulator's <c>checkout.session.completed</c> delivery for a session.</summary>
    public Task WaitForCompletedDeliveryAsync(string sessionId) =>
        Wait.UntilAsync(async () =>
        {
            var completed = (await ControlGetAsync("events?type=checkout.session.completed"))
                .FirstOrDefault(e => e!["object_id"]!.GetValue<string>() == sessionId);
            return completed is not null &&
                   (await ControlGetAsync($"webhooks/attempts?event={completed["id"]!.GetValue<string>()}")).Any(a => a!["succeeded"]!.GetValue<bool>())
                ? completed
                : null;
        });

    /// <summary>Waits until the inbox worker has applied a received event, and returns it.</summary>
    public Task<ProcessedWebhookEvent> WaitForAppliedEventAsync(string eventId) =>
        Wait.UntilAsync(async () =>
        {
            await using var db = Database.NewContext();
            return await db.ProcessedWebhookEvents.AsNoTracking().FirstOrDefaultAsync(e => e.EventId == eventId && e.AppliedAt != null);
        });

    public async Task<Order> OrderAsync(string number)
    {
        await using var db = Database.NewContext();
        return await db.Orders.AsNoTracking().SingleAsync(o => o.Number == number);
    }

    /// <summary>Waits, on the store's own change notifications, until the order satisfies <paramref name="condition"/>.</summary>
    public async Task<Order> WaitForOrderAsync(string number, Func<Order, bool> condition, TimeSpan? timeout = null)
    {
        var order = await OrderAsync(number);
        var changed = new SemaphoreSlim(0);
        using var subscription = Service<OrderNotifications>().Subscribe(order.Id, _ =>
        {
            changed.Release();
            return Task.CompletedTask;
        });
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (!condition(order = await OrderAsync(number)))
        {
            await changed.WaitAsync(deadline.Token);
        }

        return order;
    }

    public async ValueTask DisposeAsync()
    {
        Emulator.Dispose();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
