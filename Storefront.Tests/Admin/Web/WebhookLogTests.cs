using System.Net;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Admin.Web;

public sealed class WebhookLogTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_parked_event_is_listed_with_its_error_and_applying_it_again_pays_its_order(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        await ParkAsync(store.Database, new ProcessedWebhookEvent("evt_parked", "checkout.session.completed",
            SignedEvent.CheckoutSession("evt_parked", "checkout.session.completed", sessionId, "complete"), DateTime.UtcNow));
        using var admin = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = store.BaseUri };
        await admin.SignInAsDevAsync(DevUser.Admin);

        var parked = await HtmlAsync(admin, "/admin/webhooks?state=parked");
        var detail = await HtmlAsync(admin, "/admin/webhooks/evt_parked");
        using var applyAgain = await admin.PostAsync("/admin/webhooks/evt_parked", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "apply-again",
            ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(detail),
        }));

        Assert.Contains("evt_parked", parked);
        Assert.Contains("Failed, parked", parked);
        Assert.Contains("Stripe unreachable: connection refused", parked);
        Assert.Contains($"\"id\":\"{sessionId}\"", detail);
        Assert.Equal(HttpStatusCode.Redirect, applyAgain.StatusCode);
        Assert.Equal("/admin/webhooks/evt_parked?queued=true", applyAgain.Headers.Location?.PathAndQuery);
        var applied = await store.WaitForAppliedEventAsync("evt_parked");
        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        Assert.Equal(order.Id, applied.OrderId);
        var listed = await HtmlAsync(admin, "/admin/webhooks?state=applied");
        Assert.Contains("evt_parked", listed);
        Assert.Contains(started.OrderNumber, listed);
        Assert.DoesNotContain("evt_parked", await HtmlAsync(admin, "/admin/webhooks?state=parked"));
    }

    [Fact]
    public async Task An_event_that_is_not_parked_cannot_be_applied_again()
    {
        await using var store = await StoreHarness.StartAsync(DatabaseProvider.Sqlite);
        var received = new ProcessedWebhookEvent("evt_done", "checkout.session.completed", "{}", DateTime.UtcNow);
        received.MarkApplied("Nothing to do.", null, DateTime.UtcNow);
        await using (var db = store.Database.NewContext())
        {
            db.ProcessedWebhookEvents.Add(received);
            await db.SaveChangesAsync();
        }

        var refusal = await Assert.ThrowsAsync<Storefront.Core.DomainException>(() =>
            store.Service<Storefront.Core.Payments.WebhookLog.WebhookEventActions>().ApplyAgainAsync("evt_done"));

        Assert.Contains("only a parked event can be applied again", refusal.Message);
        await using var check = store.Database.NewContext();
        Assert.NotNull((await check.ProcessedWebhookEvents.SingleAsync(e => e.EventId == "evt_done")).AppliedAt);
    }

    // As the inbox leaves an event whose every attempt failed.
    private static async Task ParkAsync(TestDatabase database, ProcessedWebhookEvent received)
    {
        received.RecordFailure("Stripe unreachable: connection refused", DateTime.UtcNow, TimeSpan.FromSeconds(1), maxAttempts: 1);
        await using var db = database.NewContext();
        db.ProcessedWebhookEvents.Add(received);
        await db.SaveChangesAsync();
    }

    private static async Task<string> HtmlAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(path));
}
