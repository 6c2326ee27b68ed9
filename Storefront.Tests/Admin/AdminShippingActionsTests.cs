using Microsoft.EntityFrameworkCore;
using Storefront.Core.Admin;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Admin;

public sealed class AdminShippingActionsTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Staff_mark_an_order_shipped_once_and_the_shopper_gets_one_email_with_the_tracking_link(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var number = await PaidOrderAsync(store, ("enamel-mug", 1));
        var actions = store.Service<AdminShippingActions>();

        await actions.MarkShippedAsync(Staff.Member, number, "UPS", "1Z999AA10123456784");
        var again = await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkShippedAsync(Staff.Member, number, "UPS", "1Z000"));

        Assert.Contains("shipped already", again.Message);
        var order = await store.OrderAsync(number);
        Assert.Equal(("UPS", "1Z999AA10123456784", OrderStatus.Paid), (order.Carrier, order.TrackingNumber, order.Status));
        await using var db = store.Database.NewContext();
        var shipped = await db.OutboxMessages.SingleAsync(m => m.Kind == EmailKind.Shipped);
        Assert.Equal("ada@example.com", shipped.To);
        Assert.Contains("https://www.ups.com/track?tracknum=1Z999AA10123456784", shipped.TextBody);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_carrier_outside_the_settings_or_an_unpaid_order_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var unpaid = (await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)))).OrderNumber;
        var paid = await PaidOrderAsync(store, ("brass-pen", 1));
        var actions = store.Service<AdminShippingActions>();

        var carrier = await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkShippedAsync(Staff.Member, paid, "Pigeon", "1"));
        var notPaid = await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkShippedAsync(Staff.Member, unpaid, "UPS", "1Z999"));
        var notShipped = await Assert.ThrowsAsync<AdminActionException>(() => actions.MarkDeliveredAsync(Staff.Member, paid));

        Assert.Contains("Choose one of the carriers: DHL, UPS, USPS", carrier.Message);
        Assert.Contains("only a paid order is shipped", notPaid.Message);
        Assert.Contains("has not been shipped", notShipped.Message);
        Assert.Null((await store.OrderAsync(paid)).ShippedAt);
        await using var db = store.Database.NewContext();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == EmailKind.Shipped || m.Kind == EmailKind.Delivered));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_shipped_order_is_delivered_and_can_still_be_refunded_in_full(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var number = await PaidOrderAsync(store, ("brass-pen", 1));
        var actions = store.Service<AdminShippingActions>();
        await actions.MarkShippedAsync(Staff.Member, number, "DHL", "JD014600006281230704");

        await actions.MarkDeliveredAsync(Staff.Member, number);
        await store.Service<AdminOrderActions>().RefundAsync(Staff.Member, number, 4200, Guid.NewGuid());

        var refunded = await store.WaitForOrderAsync(number, o => o.Status == OrderStatus.Refunded);
        Assert.NotNull(refunded.ShippedAt);
        Assert.NotNull(refunded.DeliveredAt);
        await using var db = store.Database.NewContext();
        Assert.Equal([EmailKind.OrderConfirmation, EmailKind.Shipped, EmailKind.Delivered, EmailKind.Refund],
            await db.OutboxMessages.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Select(m => m.Kind).ToListAsync());
    }

    private static async Task<string> PaidOrderAsync(StoreHarness store, params (string Slug, int Quantity)[] items)
    {
        var started = await store.CheckoutAsync(await store.CartWithAsync(items));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        return started.OrderNumber;
    }
}
