using Storefront.Core;
using Storefront.Core.Orders;

namespace Storefront.Tests.Orders;

public sealed class OrderCheckoutCompletionTests
{
    [Fact]
    public void An_order_whose_checkout_completed_cannot_be_cancelled_while_its_payment_clears()
    {
        var order = OrderBuilder.InStatus(OrderStatus.AwaitingPayment);
        order.CompleteCheckout(OrderBuilder.Now);

        Assert.Throws<DomainException>(() => order.Cancel(OrderBuilder.Now));

        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
        Assert.True(order.IsAwaitingSettlement);
    }

    [Fact]
    public void A_failed_debit_returned_to_its_cart_can_be_paid_again()
    {
        var order = OrderBuilder.InStatus(OrderStatus.AwaitingPayment);
        order.CompleteCheckout(OrderBuilder.Now);
        order.MarkPaymentFailed(OrderBuilder.Now);

        order.ReturnToCart(OrderBuilder.Now);

        Assert.Null(order.CheckoutCompletedAt);
        order.StartCheckoutAttempt(OrderBuilder.Now.AddMinutes(31), OrderBuilder.Now);
        Assert.Equal(OrderBuilder.Now.AddMinutes(31), order.CheckoutExpiresAt);
    }

    [Theory]
    [InlineData(OrderStatus.Created)]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.Cancelled)]
    public void Only_an_order_awaiting_payment_completes_its_checkout(OrderStatus status)
    {
        var order = OrderBuilder.InStatus(status);

        var completedBefore = order.CheckoutCompletedAt;

        Assert.Throws<DomainException>(() => order.CompleteCheckout(OrderBuilder.Now.AddMinutes(5)));

        Assert.Equal((status, completedBefore), (order.Status, order.CheckoutCompletedAt));
    }
}
