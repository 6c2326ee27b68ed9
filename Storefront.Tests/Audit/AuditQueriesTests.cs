using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Audit;

public sealed class AuditQueriesTests
{
    private static readonly AuditActor Ada = new("auth0|ada", "Ada Lovelace");
    private static readonly AuditActor Bob = new("auth0|bob", "Bob Builder");

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_log_filters_by_action_actor_target_and_days_and_pages_newest_first(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await RecordAsync(database, Ada, AuditActions.OrderRefund, AuditTarget.Order("SF-AAAA1111"), new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc));
        await RecordAsync(database, Bob, AuditActions.OrderReconcile, AuditTarget.Order("SF-AAAA1111"), new DateTime(2026, 11, 11, 23, 59, 0, DateTimeKind.Utc));
        await RecordAsync(database, Ada, AuditActions.OutboxResend, AuditTarget.OutboxMessage(Guid.NewGuid()), new DateTime(2026, 11, 12, 0, 0, 0, DateTimeKind.Utc));
        await RecordAsync(database, Bob, AuditActions.OrderRefund, AuditTarget.Order("SF-BBBB2222"), new DateTime(2026, 11, 13, 8, 0, 0, DateTimeKind.Utc));
        var queries = new AuditQueries(database.Contexts);

        async Task<IEnumerable<string>> Listed(AuditFilter filter) =>
            (await queries.ListAsync(filter)).Entries.Select(e => $"{e.ActorName}:{e.Action}:{e.At:dd}");

        Assert.Equal(["Bob Builder:order.refund:13", "Ada Lovelace:outbox.resend:12", "Bob Builder:order.reconcile:11", "Ada Lovelace:order.refund:10"],
            await Listed(new AuditFilter()));
        Assert.Equal(["Bob Builder:order.refund:13", "Ada Lovelace:order.refund:10"], await Listed(new AuditFilter { Action = AuditActions.OrderRefund }));
        Assert.Equal(["Ada Lovelace:outbox.resend:12", "Ada Lovelace:order.refund:10"], await Listed(new AuditFilter { Actor = "ada" }));
        Assert.Equal(["Bob Builder:order.refund:13", "Bob Builder:order.reconcile:11"], await Listed(new AuditFilter { Actor = "auth0|bob" }));
        Assert.Equal(["Bob Builder:order.reconcile:11", "Ada Lovelace:order.refund:10"], await Listed(new AuditFilter { Target = "sf-aaaa1111" }));
        Assert.Equal(["Ada Lovelace:outbox.resend:12", "Bob Builder:order.reconcile:11"],
            await Listed(new AuditFilter { From = new DateOnly(2026, 11, 11), To = new DateOnly(2026, 11, 12) }));

        var lastPage = await queries.ListAsync(new AuditFilter { PageSize = 10, Page = 7 });
        Assert.Equal((1, 1, 4), (lastPage.Page, lastPage.PageCount, lastPage.TotalCount));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Pages_split_the_log_without_repeating_an_entry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var at = new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 23; i++)
        {
            // Entries at one instant still page in a stable order.
            await RecordAsync(database, Ada, AuditActions.OrderRefund, AuditTarget.Order($"SF-{i:D8}"), i < 12 ? at : at.AddMinutes(i));
        }

        var queries = new AuditQueries(database.Contexts);
        var pages = new List<AuditPage>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await queries.ListAsync(new AuditFilter { PageSize = 10, Page = page }));
        }

        Assert.Equal([10, 10, 3], pages.Select(p => p.Entries.Count));
        Assert.Equal(23, pages.SelectMany(p => p.Entries).Select(e => e.TargetId).Distinct().Count());
        Assert.All(pages, p => Assert.Equal((3, 23), (p.PageCount, p.TotalCount)));
    }

    private static async Task RecordAsync(TestDatabase database, AuditActor actor, string action, AuditTarget target, DateTime at) =>
        await new AuditLog(database.Contexts, new FixedClock(at)).RecordAsync(actor, action, target, null, new { Note = "x" });
}
