using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Storefront.Core;
using Storefront.Core.Admin;
using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Audit;

/// <summary>Staff actions leave an audit entry with who, what and the state before and after; a refused action leaves none.</summary>
public sealed class AuditLogTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_refund_sent_twice_and_a_reconcile_are_recorded_once_each_and_the_order_timeline_shows_them(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var number = await AdminOrderActionsTests.PaidOrderAsync(store, ("enamel-mug", 2));
        var actions = store.Service<AdminOrderActions>();

        var requestKey = Guid.NewGuid();
        var refundId = await actions.RefundAsync(Staff.Member, number, 1250, requestKey);
        await actions.RefundAsync(Staff.Member, number, 1250, requestKey);
        await store.WaitForOrderAsync(number, o => o.Status == OrderStatus.PartiallyRefunded);
        await actions.ReconcileAsync(Staff.Member, number);

        await using var db = store.Database.NewContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.OrderRefund, AuditActions.OrderReconcile], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("test|staff-1", "Sam Staff", AuditTarget.OrderType, number), (e.ActorId, e.ActorName, e.TargetType, e.TargetId)));
        var refundBefore = JsonDocument.Parse(entries[0].Before!).RootElement;
        var refundAfter = JsonDocument.Parse(entries[0].After!).RootElement;
        Assert.Equal((0L, 3200L), (refundBefore.GetProperty("amountRefunded").GetInt64(), refundBefore.GetProperty("refundable").GetInt64()));
        Assert.Equal((refundId, 1250L, "usd"), (refundAfter.GetProperty("refundId").GetString(), refundAfter.GetProperty("amount").GetInt64(), refundAfter.GetProperty("currency").GetString()));
        Assert.Equal("PartiallyRefunded", JsonDocument.Parse(entries[1].After!).RootElement.GetProperty("status").GetString());

        var timeline = (await store.Service<AdminOrderQueries>().GetDetailAsync(number))!.Timeline;
        Assert.Equal(
            ["Refund requested by Sam Staff", "Reconciled with Stripe by Sam Staff"],
            timeline.Where(e => e.Kind == OrderTimelineKind.StaffAction).Select(e => e.Description));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Resends_are_recorded_with_their_email_and_refused_ones_record_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var rig = new OutboxRig(database, new Dictionary<string, string?>());
        var paid = await OutboxRig.AwaitingPaymentAsync(database);
        await rig.MarkPaidAsync(paid.Id);
        var unpaid = await OutboxRig.AwaitingPaymentAsync(database);
        var emails = rig.Service<OrderEmails>();
        var outbox = rig.Service<OutboxActions>();

        await emails.ResendConfirmationAsync(Staff.Member, paid.Number);
        await Assert.ThrowsAsync<DomainException>(() => emails.ResendConfirmationAsync(Staff.Member, unpaid.Number));
        await using var db = database.NewContext();
        var first = await db.OutboxMessages.Where(m => m.OrderId == paid.Id).OrderBy(m => m.Sequence).FirstAsync();
        var resend = await outbox.ResendAsync(Staff.Member, first.Id);
        await Assert.ThrowsAsync<DomainException>(() => outbox.ResendAsync(Staff.Member, Guid.NewGuid()));

        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [(AuditActions.OrderResendConfirmation, AuditTarget.OrderType, paid.Number), (AuditActions.OutboxResend, AuditTarget.OutboxMessageType, first.Id.ToString())],
            entries.Select(e => (e.Action, e.TargetType, e.TargetId)));
        var copy = await db.OutboxMessages.Where(m => m.OrderId == paid.Id && m.Kind == EmailKind.OrderConfirmation).OrderByDescending(m => m.Sequence).FirstAsync();
        Assert.Equal(copy.Id, JsonDocument.Parse(entries[0].After!).RootElement.GetProperty("messageId").GetGuid());
        Assert.Null(entries[0].Before);
        Assert.Equal(resend.MessageId, JsonDocument.Parse(entries[1].After!).RootElement.GetProperty("messageId").GetGuid());
        Assert.Equal("Queued", JsonDocument.Parse(entries[1].Before!).RootElement.GetProperty("status").GetString());

        var timeline = (await new AdminOrderQueries(database.Contexts, Microsoft.Extensions.Options.Options.Create(new AdminOptions())).GetDetailAsync(paid.Number))!.Timeline;
        Assert.Equal(
            ["Confirmation email resent by Sam Staff", "Email resent from the outbox by Sam Staff"],
            timeline.Where(e => e.Kind == OrderTimelineKind.StaffAction).Select(e => e.Description));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_entry_recorded_in_an_action_that_fails_is_not_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var audit = new AuditLog(database.Contexts, TimeProvider.System);

        await using (var db = database.NewContext())
        {
            audit.Record(db, Staff.Member, AuditActions.CategoryChange, AuditTarget.Category(1), new { Name = "Old" }, new { Name = "New" });
            db.Categories.Add(new Storefront.Core.Catalog.Category("same-slug", "One"));
            db.Categories.Add(new Storefront.Core.Catalog.Category("same-slug", "Two"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = database.NewContext();
        Assert.Equal(0, await check.AuditEntries.CountAsync());
    }
}
