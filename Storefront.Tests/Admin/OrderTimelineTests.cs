using Storefront.Core.Admin;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using static Storefront.Core.Admin.OrderTimelineKind;

namespace Storefront.Tests.Admin;

public sealed class OrderTimelineTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_paid_then_refunded_order_tells_its_story_in_order(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var number = await AdminOrderActionsTests.PaidOrderAsync(store, ("enamel-mug", 2));
        var actions = store.Service<AdminOrderActions>();
        await actions.RefundAsync(Staff.Member, number, 1000, Guid.NewGuid());
        await store.WaitForOrderAsync(number, o => o.Status == OrderStatus.PartiallyRefunded);
        await actions.RefundAsync(Staff.Member, number, 2200, Guid.NewGuid());
        await store.WaitForOrderAsync(number, o => o.Status == OrderStatus.Refunded);

        var detail = await store.Service<AdminOrderQueries>().GetDetailAsync(number.ToLowerInvariant());

        Assert.NotNull(detail);
        Assert.Equal(number, detail.Order.Number);
        Assert.Equal([2], detail.Order.Lines.Select(l => l.Quantity));
        Assert.StartsWith("pi_", Assert.Single(detail.Payments).PaymentIntentId);
        Assert.Equal(
            [
                (StatusChange, "Order placed for $32.00."),
                (StatusChange, "Created → Awaiting payment"),
                (WebhookEvent, "checkout.session.completed: Payment of $32.00 confirmed; order paid."),
                (StatusChange, "Awaiting payment → Paid"),
                (StaffAction, "Refund requested by Sam Staff"),
                (Refund, "Refunded $10.00 ($10.00 in total)."),
                (StatusChange, "Paid → Partially refunded"),
                (StaffAction, "Refund requested by Sam Staff"),
                (Refund, "Refunded $22.00 ($32.00 in total)."),
                (StatusChange, "Partially refunded → Refunded"),
            ],
            detail.Timeline.Select(e => (e.Kind, e.Description)));
        Assert.All(detail.Timeline.Where(e => e.Kind is WebhookEvent or Refund), e => Assert.StartsWith("evt_", e.Reference));
        Assert.Equal(detail.Timeline.OrderBy(e => e.At).Select(e => e.At), detail.Timeline.Select(e => e.At));
        Assert.All(detail.Timeline, e => Assert.Equal(DateTimeKind.Utc, e.At.Kind));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_unknown_order_has_no_detail(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        Assert.Null(await new AdminOrderQueries(database.Contexts, Microsoft.Extensions.Options.Options.Create(new AdminOptions())).GetDetailAsync("SF-NOSUCH22"));
    }
}
