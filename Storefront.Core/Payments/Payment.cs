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
}
