using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Admin.Web;

public sealed class AdminShippingPageTests
{
    private static readonly DateTime Placed = new(2026, 11, 16, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Staff_see_what_Stripe_collected_mark_the_order_shipped_and_delivered_and_the_shopper_sees_the_tracking_link(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var order = await PaidWithShippingAsync(admin.Database);
        var path = $"/admin/orders/{order.Number}";

        var page = await admin.GetHtmlAsync(path);
        Assert.Contains("Ada Lovelace", page);
        Assert.Contains("Springfield", page);
        Assert.Contains("Shipping (Express)", page);
        Assert.Contains("Discount (TEN)", page);
        Assert.Contains("Tax", page);
        Assert.Contains("$47.56", page);

        var shipped = await AdminOrderDetailTests.PostFormAsync(admin.Client, path, page, "ship", ("Carrier", "UPS"), ("TrackingNumber", "1Z999AA10123456784"));
        var twice = await AdminOrderDetailTests.PostFormAsync(admin.Client, path, await admin.GetHtmlAsync(path), "ship", ("Carrier", "UPS"), ("TrackingNumber", "1Z0"));
        var delivered = await AdminOrderDetailTests.PostFormAsync(admin.Client, path, await admin.GetHtmlAsync(path), "delivered");

        Assert.Contains("Shipped with UPS, tracking number 1Z999AA10123456784.", shipped);
        Assert.Contains("was shipped already", twice);
        Assert.Contains("Marked delivered.", delivered);
        await using var db = admin.Database.NewContext();
        var stored = await db.Orders.SingleAsync();
        Assert.Equal("1Z999AA10123456784", stored.TrackingNumber);
        Assert.NotNull(stored.DeliveredAt);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Kind == EmailKind.Shipped));
        var shopperPage = await admin.GetHtmlAsync(OrderLinks.GuestPath(stored));
        Assert.Contains("href=\"https://www.ups.com/track?tracknum=1Z999AA10123456784\"", shopperPage);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task The_packing_slip_lists_the_address_and_the_lines_to_pack_with_a_print_stylesheet(DatabaseProvider provider)
    {
        await using var admin = await AdminSession.StartAsync(provider);
        var order = await PaidWithShippingAsync(admin.Database);

        var slip = await admin.GetHtmlAsync($"/admin/orders/{order.Number}/packing-slip");

        Assert.Contains("packing-slip", slip);
        Assert.Matches("<link rel=\"stylesheet\" href=\"[^\"]*packing-slip[^\"]*\\.css\"", slip);
        Assert.Contains("<span>1 Main St</span>", slip);
        Assert.Contains("Enamel Camp Mug", slip);
        Assert.DoesNotContain("Brewing Guide", slip);
    }

    /// <summary>A paid order of $41.00 in lines (one a download) with $15.00 shipping, $3.76 tax and $12.20 off: $47.56.</summary>
    internal static async Task<Order> PaidWithShippingAsync(TestDatabase database, DateTime? placedAt = null)
    {
        var placed = placedAt ?? Placed;
        var order = Order.Create("usd", "ada@example.com", null, null,
            [new OrderLine(1, "Enamel Camp Mug", 1600, 2), new OrderLine(2, "Pour-Over Brewing Guide (PDF)", 900, 1, requiresShipping: false)], placed);
        var sessionId = $"cs_test_{Guid.NewGuid():N}";
        order.AwaitPayment(sessionId, $"https://pay.example/{sessionId}", placed);
        order.MarkPaid(placed, new CheckoutDetails(
            new ShippingAddress("Ada Lovelace", "1 Main St", null, "Springfield", "62701", "IL", "US"), "+1 555 0100", "Express", 1500, 376, 1220, "TEN"));
        var payment = new Payment(order.Id, sessionId, order.Total, order.Currency, placed);
        payment.Record(PaymentStatus.Succeeded, $"pi_test_{Guid.NewGuid():N}", placed);
        await using var db = database.NewContext();
        db.Orders.Add(order);
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        return order;
    }
}
