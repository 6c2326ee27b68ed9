using System.Net;
using Npgsql;
using Storefront.Tests.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Workers;

/// <summary>
/// What several store instances share, as in production: one PostgreSQL database, one Stripe (the emulator on a port
/// of its own, with no webhook endpoint: the test delivers the events) and one SMTP server. Claims run out after a few
/// seconds, so that what a killed instance held is taken over quickly.
/// </summary>
public sealed class WorkerFarm(TestDatabase database, EmulatorServer stripe, SmtpServerFixture smtp)
{
    public const string WebhookSecret = "whsec_worker_farm_test_secret";

    public TestDatabase Database { get; } = database;

    public EmulatorServer Stripe { get; } = stripe;

    public SmtpServerFixture Smtp { get; } = smtp;

    /// <summary>Every instance's settings, the database's included.</summary>
    public IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(Smtp.Settings)
            {
                ["Database:Provider"] = Database.Provider.ToString(),

                // Three instances and the other tests share one server: each keeps to a small pool.
                ["ConnectionStrings:Storefront"] = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { MaxPoolSize = 20 }.ConnectionString,
                ["Stripe:Mode"] = "Live",
                ["Stripe:SecretKey"] = EmulatorServer.ApiKey,
                ["Stripe:ApiBase"] = Stripe.BaseUri.ToString().TrimEnd('/'),
                ["Stripe:WebhookSecret"] = WebhookSecret,
                ["Webhooks:ClaimLease"] = "00:00:05",
                ["Webhooks:RetryDelay"] = "00:00:00.200",
                ["Email:SendLease"] = "00:00:05",
                ["Email:RetryDelay"] = "00:00:00.200",
                ["Shipping:Rates:0:Amount"] = "0",
                ["Shipping:Rates:1:Amount"] = "0",
                ["Tax:Mode"] = "None",
            };
            return settings;
        }
    }

    /// <summary>
    /// An instance as its own process, returned once it serves. Not <c>/healthz/ready</c>: that also reports the inbox
    /// of all instances, which a crash leaves behind for a while.
    /// </summary>
    public async Task<StoreProcess> StartProcessAsync()
    {
        var store = StoreProcess.Start(Settings);
        using var http = new HttpClient { BaseAddress = store.Address, Timeout = TimeSpan.FromSeconds(5) };
        await Wait.UntilAsync(async () =>
        {
            if (store.HasExited)
            {
                throw new InvalidOperationException($"The store process exited:\n{store.Output}");
            }

            try
            {
                using var ready = await http.GetAsync("/healthz/live");
                return ready.StatusCode == HttpStatusCode.OK ? store : null;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                return null;
            }
        }, TimeSpan.FromMinutes(2));
        return store;
    }
}
