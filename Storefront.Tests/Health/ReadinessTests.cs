using System.Net;
using System.Text.Json;
using Storefront.Core.Data;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Health;

public sealed class ReadinessTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Ready_turns_503_when_an_event_waits_past_the_threshold_while_live_stays_200(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        var client = app.CreateClient();

        using var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(["database", "migrations", "queues"], (await ChecksAsync(ready)).Keys.Order());

        await using (var db = database.NewContext())
        {
            db.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent("evt_stuck", "checkout.session.completed", "{}", DateTime.UtcNow.AddHours(-1)));
            await db.SaveChangesAsync();
        }

        using var stuck = await client.GetAsync("/healthz/ready");
        using var live = await client.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stuck.StatusCode);
        Assert.Equal("Unhealthy", (await ChecksAsync(stuck))["queues"]);
        Assert.Contains("1 Stripe event(s) unapplied", await stuck.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static async Task<Dictionary<string, string>> ChecksAsync(HttpResponseMessage response)
    {
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return report.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
