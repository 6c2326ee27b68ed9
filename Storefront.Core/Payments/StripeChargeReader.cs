using Stripe;

namespace Storefront.Core.Payments;

/// <summary>Reads a charge's refunds from Stripe, so that what a refund event says is never taken on its word.</summary>
public sealed class StripeChargeReader(IStripeClient stripe, StripeRetry retry)
{
    public async Task<ChargeRefunds> RetrieveAsync(string chargeId, CancellationToken cancellationToken)
    {
        var charge = await retry.ExecuteAsync(
            ct => new ChargeService(stripe).GetAsync(chargeId, new ChargeGetOptions { Expand = ["refunds"] }, cancellationToken: ct),
            cancellationToken);
        return new ChargeRefunds(charge.Id, charge.PaymentIntentId, charge.Currency, charge.Amount, StandingRefunds(charge));
    }

    // Stripe expands only the first page of a charge's refunds; past that, its own running total is the answer.
    private static long StandingRefunds(Charge charge) => charge.Refunds is { HasMore: false, Data: { } refunds }
        ? refunds.Where(refund => refund.Status is not ("failed" or "canceled")).Sum(refund => refund.Amount)
        : charge.AmountRefunded;
}
