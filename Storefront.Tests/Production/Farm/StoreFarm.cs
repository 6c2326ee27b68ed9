using System.Globalization;
using System.Net;
using Storefront.Core.Data;
using Storefront.Tests.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Production.Farm;

/// <summary>
/// The store as deploy/ runs it: published instances as separate processes in Production on one PostgreSQL, behind nginx with
/// TLS, paying through the standalone Stripe emulator, mailing through aiosmtpd and signing in through the local
/// Auth0 stand-in. nginx serves the recipe's sticky server block and one server block per instance, so a test can
/// send a browser to the instance it means (cookies belong to the host, not the port, so one browser shares them).
/// Stripe returns shoppers to instance 0's block (<c>Store:PublicUrl</c>); its webhooks go to the last instance's.
/// Each instance is named "Storefront {index}", which is how a test sees where the sticky block sent it.
/// </summary>
public sealed class StoreFarm : IAsyncDisposable
{
    private const string WebhookSecret = "whsec_farm_test_not_a_secret";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly HttpClient Http = new();

    private readonly List<IAsyncDisposable> _parts = [];
    private readonly List<string> _directories = [];
    private readonly List<StoreProcess> _instances = [];

    private StoreFarm(FarmPorts ports) => Ports = ports;

    public FarmPorts Ports { get; }

    public TestDatabase Database { get; private set; } = null!;

    public SmtpServerFixture Smtp { get; private set; } = null!;

    public OidcApplication Oidc { get; private set; } = null!;

    public StoreProcess Emulator { get; private set; } = null!;

    public NginxProcess Nginx { get; private set; } = null!;

    public IReadOnlyList<StoreProcess> Instances => _instances;

    public LoopbackCertificate Certificate { get; private set; } = null!;

    public static string InstanceName(int index) => $"Storefront {index}";

    public static async Task<StoreFarm> StartAsync(int instances = 2)
    {
        var farm = new StoreFarm(FarmPorts.Choose(instances));
        try
        {
            await farm.StartPartsAsync(instances);
        }
        catch (Exception error)
        {
            var output = farm.Output;
            await farm.DisposeAsync();
            throw new InvalidOperationException($"The farm did not start: {error.Message}\n{output}", error);
        }

        return farm;
    }

    /// <summary>Settles a bank debit now, so the emulator sends <c>checkout.session.async_payment_succeeded</c>.</summary>
    public async Task SettleAsync(string sessionId)
    {
        using var response = await Http.PostAsync(new Uri(Emulator.Address, $"_emulator/checkout/sessions/{sessionId}/settle"), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>What every process wrote, for a failing test's message.</summary>
    public string Output =>
        string.Join("\n", _instances.Select((instance, i) => $"--- instance {i}\n{instance.Output}")
            .Append($"--- emulator\n{(Emulator is null ? "" : Emulator.Output)}")
            .Append($"--- nginx\n{(Nginx is null ? "" : Nginx.Output)}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var part in Enumerable.Reverse(_parts))
        {
            await part.DisposeAsync();
        }

        foreach (var directory in _directories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task StartPartsAsync(int instances)
    {
        var certificates = TempDirectory("storefront-farm-tls-");
        var media = TempDirectory("storefront-farm-media-");
        Certificate = LoopbackCertificate.WriteTo(certificates);
        Database = Keep(await TestDatabase.CreateAsync(DatabaseProvider.Postgres));
        Smtp = Keep(await SmtpServerFixture.StartAsync());
        var callbacks = Enumerable.Range(0, instances).Select(Ports.PinnedUri).Append(Ports.StickyUri).ToList();
        Oidc = await OidcApplication.RegisterAsync([.. callbacks.Select(uri => new Uri(uri, "callback"))], callbacks);

        Emulator = Keep(StoreProcess.StartBuilt("Storefront.StripeEmulator", new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["StripeEmulator__WebhookEndpoints__0__Url"] = new Uri(Ports.PinnedUri(instances - 1), "webhooks/stripe").ToString(),
            ["StripeEmulator__WebhookEndpoints__0__Secret"] = WebhookSecret,
            // The webhook goes through nginx, over TLS: the emulator trusts the farm's certificate and no other.
            ["SSL_CERT_FILE"] = Certificate.CertificatePath,
            ["Logging__LogLevel__Default"] = "Warning",
        }));
        await Wait.UntilAsync(() => AnswersAsync(Emulator, "v1/checkout/sessions"), StartTimeout);

        // One after the other, as a rolling deploy starts them: the first creates the schema and the key ring.
        var published = await PublishedStore.DirectoryAsync();
        for (var i = 0; i < instances; i++)
        {
            var instance = Keep(StoreProcess.StartIn(published, "Storefront.Web", InstanceSettings(i, media)));
            _instances.Add(instance);
            await Wait.UntilAsync(() => AnswersAsync(instance, "healthz/ready", HttpStatusCode.OK), StartTimeout);
        }

        Nginx = Keep(await NginxProcess.StartAsync(Ports, Certificate, [.. _instances.Select(instance => instance.Address)]));

        // A first page through each block, so the browser's first steps do not wait on a cold start, and a broken
        // path from nginx to an instance shows here, named.
        using var https = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == Certificate.Thumbprint,
        });
        for (var i = 0; i < instances; i++)
        {
            using var home = await https.GetAsync(Ports.PinnedUri(i));
            if (home.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"nginx's block for instance {i} answered / with {(int)home.StatusCode}.");
            }
        }
    }

    private Dictionary<string, string?> InstanceSettings(int index, string media)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Store:Name"] = InstanceName(index),
            ["Store:PublicUrl"] = Ports.PinnedUri(0).ToString().TrimEnd('/'),
            ["Store:SeedDemoCatalog"] = "true",
            ["Stripe:Mode"] = "Live",
            ["Stripe:SecretKey"] = "sk_test_farm",
            ["Stripe:WebhookSecret"] = WebhookSecret,
            ["Stripe:ApiBase"] = Emulator.Address.ToString().TrimEnd('/'),
            ["Proxy:KnownProxies:0"] = IPAddress.Loopback.ToString(),
            ["Catalog:MediaPath"] = media,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in Database.Settings.Concat(Smtp.Settings).Concat(Oidc.StoreSettings))
        {
            settings[key] = value;
        }

        return settings.ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value);
    }

    private static async Task<string?> AnswersAsync(StoreProcess process, string path, HttpStatusCode? expected = null)
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"{path} never answered: the process exited.\n{process.Output}");
        }

        try
        {
            using var response = await Http.GetAsync(new Uri(process.Address, path));
            return expected is null || response.StatusCode == expected ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private T Keep<T>(T part)
        where T : IAsyncDisposable
    {
        _parts.Add(part);
        return part;
    }

    private string TempDirectory(string prefix)
    {
        var directory = Directory.CreateTempSubdirectory(prefix).FullName;
        _directories.Add(directory);
        return directory;
    }
}
