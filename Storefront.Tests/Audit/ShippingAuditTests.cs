using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Admin;
using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Audit;

/// <summary>Marking an order shipped or delivered is recorded with who did it and the order's shipping before and after; a refused one records nothing.</summary>
public sealed class ShippingAuditTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Shipping_and_delivery_are_recorded_once_each_and_the_order_timeline_shows_them(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var number = await AdminOrderActionsTests.PaidOrderAsync(store, ("enamel-mug", 1));
        var actions = store.Service<AdminShippingActions>();

        await actions.MarkShippedAsync(Staff.Member, number, "UPS", "1Z999AA10123456784");
        await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkShippedAsync(Staff.Member, number, "UPS", "1Z000"));
        await actions.MarkDeliveredAsync(Staff.Member, number);
        await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkDeliveredAsync(Staff.Member, number));

        await using var db = store.Database.NewContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.OrderShip, AuditActions.OrderDeliver], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("test|staff-1", "Sam Staff", AuditTarget.OrderType, number), (e.ActorId, e.ActorName, e.TargetType, e.TargetId)));
        var shipBefore = JsonDocument.Parse(entries[0].Before!).RootElement;
        var shipAfter = JsonDocument.Parse(entries[0].After!).RootElement;
        Assert.Equal(JsonValueKind.Null, shipBefore.GetProperty("trackingNumber").ValueKind);
        Assert.Equal(("UPS", "1Z999AA10123456784", "Paid"),
            (shipAfter.GetProperty("carrier").GetString(), shipAfter.GetProperty("trackingNumber").GetString(), shipAfter.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(entries[1].Before!).RootElement.GetProperty("deliveredAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, JsonDocument.Parse(entries[1].After!).RootElement.GetProperty("deliveredAt").ValueKind);

        var timeline = (await store.Service<AdminOrderQueries>().GetDetailAsync(number))!.Timeline;
        Assert.Equal(
            ["Marked shipped by Sam Staff", "Marked delivered by Sam Staff"],
            timeline.Where(e => e.Kind == OrderTimelineKind.StaffAction).Select(e => e.Description));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_refused_shipment_records_nothing(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var unpaid = (await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)))).OrderNumber;
        var paid = await AdminOrderActionsTests.PaidOrderAsync(store, ("brass-pen", 1));
        var actions = store.Service<AdminShippingActions>();

        await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkShippedAsync(Staff.Member, paid, "Pigeon", "1"));
        await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkShippedAsync(Staff.Member, paid, "UPS", " "));
        await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkShippedAsync(Staff.Member, unpaid, "UPS", "1Z999"));
        await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkDeliveredAsync(Staff.Member, paid));

        await using var db = store.Database.NewContext();
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}
