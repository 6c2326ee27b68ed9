using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;
using Storefront.Core.Observability;
using Storefront.Core.Payments;
using Storefront.StripeEmulator.Hosting;
using Stripe;

namespace Storefront.Web.Payments;

/// <summary>
/// The store's <see cref="IStripeClient"/>: plain Stripe.net, pointed at Stripe or at the emulator. It is built
/// on first use because the mounted emulator's address is this app's own, known only once Kestrel listens. Every call of
/// the store's comes through here, so every read waits at the <see cref="StripeReadLimiter"/> here.
/// </summary>
public sealed class StoreStripeClient : IStripeClient
{
    /// <summary>The named <see cref="HttpClient"/> every Stripe call goes through; tests may swap its handler.</summary>
    public const string HttpClientName = "Stripe";

    /// <summary>The key the store uses against the emulator when it has no test key of its own.</summary>
    public const string EmulatorApiKey = "sk_test_emulator";

    private readonly Lazy<StripeClient> _client;
    private readonly StoreMetrics _metrics;
    private readonly StripeReadLimiter _reads;

    public StoreStripeClient(
        IOptions<StripeOptions> options, IHttpClientFactory httpClients, IServer server, StoreMetrics metrics, StripeReadLimiter reads)
    {
        _metrics = metrics;
        _reads = reads;
        // PublicationOnly: a call made before the server listens fails, and the next one tries again.
        _client = new Lazy<StripeClient>(() => Create(options.Value, httpClients, server), LazyThreadSafetyMode.PublicationOnly);
    }

    public string ApiBase => _client.Value.ApiBase;

    public string ApiKey => _client.Value.ApiKey;

    public string ClientId => _client.Value.ClientId;

    public string ConnectBase => _client.Value.ConnectBase;

    public string FilesBase => _client.Value.FilesBase;

    public string MeterEventsBase => _client.Value.MeterEventsBase;

    public async Task<T> RequestAsync<T>(
        HttpMethod method, string path, BaseOptions options, RequestOptions requestOptions, CancellationToken cancellationToken = default)
        where T : IStripeEntity
    {
        if (method == HttpMethod.Get)
        {
            await _reads.WaitAsync(cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            return await _client.Value.RequestAsync<T>(method, path, options, requestOptions, cancellationToken);
        }
        catch (Exception)
        {
            _metrics.StripeErrors.Add(1);
            throw;
        }
        finally
        {
            _metrics.StripeCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    public Task<Stream> RequestStreamingAsync(
        HttpMethod method, string path, BaseOptions options, RequestOptions requestOptions, CancellationToken cancellationToken = default) =>
        _client.Value.RequestStreamingAsync(method, path, options, requestOptions, cancellationToken);

    private static StripeClient Create(StripeOptions options, IHttpClientFactory httpClients, IServer server)
    {
        var emulator = options.ParsedMode == StripeMode.Emulator;
        var apiKey = emulator && options.SecretKey?.StartsWith("sk_test_", StringComparison.Ordinal) != true
            ? EmulatorApiKey
            : options.SecretKey;
        return new StripeClient(new StripeClientOptions
        {
            ApiKey = apiKey,
            ApiBase = ApiBaseFor(options, emulator, server),
            // Core's StripeRetry is the one retry policy, with the store's own idempotency keys; two layered policies would multiply tries.
            HttpClient = new SystemNetHttpClient(httpClients.CreateClient(HttpClientName), maxNetworkRetries: 0),
        });
    }

    private static string ApiBaseFor(StripeOptions options, bool emulator, IServer server)
    {
        if (!string.IsNullOrWhiteSpace(options.ApiBase))
        {
            return options.ApiBase.TrimEnd('/');
        }

        if (!emulator)
        {
            return StripeClient.DefaultApiBase;
        }

        var self = LocalServerAddress.Find(server)
            ?? throw new InvalidOperationException(
                "The Stripe emulator's address is this app's own, and the app is not listening yet. " +
                "Call Stripe once the server has started, or set Stripe:ApiBase.");
        return self + StripePaymentsHostingExtensions.EmulatorPrefix;
    }
}
