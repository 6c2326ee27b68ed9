namespace Storefront.Core.Orders;

// An order's attempts to pay through Stripe Checkout, from the first session to a completed checkout.
public sealed partial class Order
{
    /// <summary>Starts a new attempt to pay, before its Checkout Session is created.</summary>
    public void StartCheckoutAttempt(DateTime expiresAt, DateTime now)
    {
        if (Status is not (OrderStatus.Created or OrderStatus.PaymentFailed))
        {
            throw new OrderStateException(Number, Status, OrderStatus.AwaitingPayment);
        }

        CheckoutAttempt++;
        CheckoutExpiresAt = expiresAt;
        CheckoutSessionId = null;
        CheckoutSessionUrl = null;
        Touch(now);
    }

    public void AwaitPayment(string checkoutSessionId, string checkoutSessionUrl, DateTime now)
    {
        MoveTo(OrderStatus.AwaitingPayment, now);
        CheckoutSessionId = checkoutSessionId;
        CheckoutSessionUrl = checkoutSessionUrl;
        RestartReconcileChecks();
    }

    /// <summary>The shopper finished Stripe's checkout and the payment is clearing; repeating it changes nothing.</summary>
    public void CompleteCheckout(DateTime now)
    {
        if (Status != OrderStatus.AwaitingPayment)
        {
            throw new DomainException($"Order {Number} is {Status}; only an order awaiting payment completes its checkout.");
        }

        if (CheckoutCompletedAt is null)
        {
            CheckoutCompletedAt = now;
            Touch(now);
        }
    }

    /// <summary>After a failed bank debit, makes the order its cart's open order again, so the shopper can pay it another way.</summary>
    public void ReturnToCart(DateTime now)
    {
        if (Status != OrderStatus.PaymentFailed)
        {
            throw new DomainException($"Order {Number} is {Status}; only a failed payment goes back to its cart.");
        }

        CheckoutCompletedAt = null;
        Touch(now);
    }
}
