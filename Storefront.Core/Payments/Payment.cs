using Storefront.Core.Pricing;

namespace Storefront.Core.Payments;

/// <summary>
/// One attempt to pay an order through a provider. An order can have several (a declined
/// attempt, then a successful one); the provider references tie each back to Stripe.
/// </summary>
public sealed class Payment
{
    public const string StripeProvider = "stripe";

    private Payment()
    {
    }

    public Payment(Guid orderId, string checkoutSessionId, long amount, string currency, DateTime now)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        Provider = StripeProvider;
        CheckoutSessionId = checkoutSessionId;
        Amount = amount;
        Currency = CurrencyInfo.For(currency).Code;
        Status = PaymentStatus.Pending;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public string Provider { get; private set; } = "";

    /// <summary>Stripe's Checkout Session id (<c>cs_…</c>).</summary>
    public string CheckoutSessionId { get; private set; } = "";

    /// <summary>Stripe's PaymentIntent id (<c>pi_…</c>), known once the shopper has paid.</summary>
    public string? PaymentIntentId { get; private set; }

    public long Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public PaymentStatus Status { get; private set; }

    public long AmountRefunded { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Records what Stripe says of the payment now; Stripe is the source of truth for it.</summary>
    public void Record(PaymentStatus status, string? paymentIntentId, DateTime now)
    {
        if (Status is PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded && status == PaymentStatus.Succeeded)
        {
            return;
        }

        Status = status;
        PaymentIntentId ??= paymentIntentId;
        UpdatedAt = now;
    }

    /// <summary>Stripe reports refunds as a running total; an older, smaller total changes nothing.</summary>
    public void RecordRefund(long totalRefunded, DateTime now)
    {
        if (totalRefunded <= AmountRefunded)
        {
            return;
        }

        AmountRefunded = Math.Min(totalRefunded, Amount);
        Status = AmountRefunded == Amount ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        UpdatedAt = now;
    }

    /// <summary>A refund failed or was cancelled: the payment keeps what no longer stands as refunded.</summary>
    public void ReverseRefund(long totalRefunded, DateTime now)
    {
        if (totalRefunded >= AmountRefunded)
        {
            return;
        }

        AmountRefunded = Math.Max(totalRefunded, 0);
        Status = AmountRefunded == 0 ? PaymentStatus.Succeeded : PaymentStatus.PartiallyRefunded;
        UpdatedAt = now;
    }
}
