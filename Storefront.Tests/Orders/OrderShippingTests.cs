using Storefront.Core;
using Storefront.Core.Orders;

namespace Storefront.Tests.Orders;

public sealed class OrderShippingTests
{
    private static readonly CheckoutDetails Collected = new(
        new ShippingAddress("Ada Lovelace", "1 Main St", null, "Springfield", "12345", "IL", "US"), "+1 555 0100", "Express", 1500, 620, 760, "TEN");

    [Fact]
    public void Payment_records_what_Stripe_collected_and_the_total_becomes_lines_plus_shipping_plus_tax_less_discount()
    {
        var order = OrderBuilder.InStatus(OrderStatus.AwaitingPayment);

        order.MarkPaid(OrderBuilder.Now, Collected);

        Assert.Equal(7400 + 1500 + 620 - 760, order.Total);
        Assert.Equal(7400, order.Subtotal);
        Assert.Equal(("Express", 1500L, 620L, 760L, "TEN", "+1 555 0100"),
            (order.ShippingRateName, order.ShippingAmount, order.TaxAmount, order.DiscountAmount, order.PromotionCode, order.Phone));
        Assert.Equal("Springfield", order.ShippingAddress!.City);
        Assert.Equal([new OrderPaid()], order.Events);
    }

    [Fact]
    public void A_paid_order_ships_once_then_is_delivered_once_raising_one_event_each()
    {
        var order = OrderBuilder.InStatus(OrderStatus.Paid);
        order.ClearEvents();

        order.MarkShipped("UPS", " 1Z999 ", OrderBuilder.Now);
        Assert.Throws<DomainException>(() => order.MarkShipped("UPS", "1Z000", OrderBuilder.Now));
        order.MarkDelivered(OrderBuilder.Now.AddDays(2));
        Assert.Throws<DomainException>(() => order.MarkDelivered(OrderBuilder.Now.AddDays(3)));

        Assert.Equal(("UPS", "1Z999", OrderStatus.Paid), (order.Carrier, order.TrackingNumber, order.Status));
        Assert.Equal([new OrderShipped(), new OrderDelivered()], order.Events);
    }

    [Theory]
    [InlineData(OrderStatus.Created)]
    [InlineData(OrderStatus.AwaitingPayment)]
    [InlineData(OrderStatus.PaymentFailed)]
    [InlineData(OrderStatus.Refunded)]
    [InlineData(OrderStatus.Cancelled)]
    public void Only_a_paid_order_ships(OrderStatus status)
    {
        var order = OrderBuilder.InStatus(status);

        Assert.Throws<DomainException>(() => order.MarkShipped("UPS", "1Z999", OrderBuilder.Now));
        Assert.Null(order.ShippedAt);
    }

    [Fact]
    public void An_order_not_shipped_cannot_be_delivered_and_one_of_downloads_cannot_be_shipped()
    {
        var paid = OrderBuilder.InStatus(OrderStatus.Paid);
        var downloads = Order.Create("usd", "ada@example.com", null, null, [new OrderLine(1, "Guide (PDF)", 900, 1, requiresShipping: false)], OrderBuilder.Now);
        downloads.AwaitPayment("cs_test_1", "https://pay.example/cs_test_1", OrderBuilder.Now);
        downloads.MarkPaid(OrderBuilder.Now);

        Assert.Throws<DomainException>(() => paid.MarkDelivered(OrderBuilder.Now));
        Assert.Throws<DomainException>(() => downloads.MarkShipped("UPS", "1Z999", OrderBuilder.Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_shipment_needs_a_tracking_number(string tracking)
    {
        var order = OrderBuilder.InStatus(OrderStatus.Paid);

        Assert.Throws<DomainException>(() => order.MarkShipped("UPS", tracking, OrderBuilder.Now));
    }

    [Fact]
    public void A_shipped_order_can_still_be_refunded_in_full_shipping_included()
    {
        var order = OrderBuilder.InStatus(OrderStatus.AwaitingPayment);
        order.MarkPaid(OrderBuilder.Now, Collected);
        order.MarkShipped("UPS", "1Z999", OrderBuilder.Now);
        order.ClearEvents();

        order.RecordRefund(order.Total, OrderBuilder.Now.AddDays(1));

        Assert.Equal((OrderStatus.Refunded, 8760L), (order.Status, order.AmountRefunded));
        Assert.Equal([new OrderRefunded(8760)], order.Events);
        Assert.NotNull(order.ShippedAt);
    }

    [Fact]
    public void A_refund_that_failed_brings_the_order_back_to_paid_without_a_second_paid_event()
    {
        var order = OrderBuilder.InStatus(OrderStatus.Refunded);
        order.ClearEvents();

        order.ReverseRefund(0, "Refund failed.", OrderBuilder.Now);

        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Empty(order.Events);
    }
}
