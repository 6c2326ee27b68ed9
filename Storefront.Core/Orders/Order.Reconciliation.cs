using Storefront.Core.Retries;

namespace Storefront.Core.Orders;

/// <summary>
/// When reconciliation next asks Stripe about an order awaiting payment. Each check that leaves the order
/// waiting (a bank debit still clearing, Stripe unreachable, a session Stripe does not know) pushes the next one
/// further out, so such orders never crowd out newer ones.
/// </summary>
public sealed partial class Order
{
    /// <summary>When reconciliation may next ask Stripe about this order; null until it first has.</summary>
    public DateTime? ReconcileAt { get; private set; }

    /// <summary>How many times reconciliation has asked Stripe about this payment attempt.</summary>
    public int ReconcileChecks { get; private set; }

    /// <summary>Records a check that left the order awaiting payment; the next waits by the store's backoff.</summary>
    public void RecordReconcileCheck(DateTime now, TimeSpan firstWait, TimeSpan longestWait)
    {
        if (Status != OrderStatus.AwaitingPayment)
        {
            throw new DomainException($"Order {Number} is {Status}; only an order awaiting payment is reconciled.");
        }

        // Bookkeeping, not a change of the order: neither its version nor its last change moves, so a webhook
        // applying at the same moment does not have to go round again.
        ReconcileChecks++;
        ReconcileAt = now + Backoff.After(ReconcileChecks, firstWait, longestWait);
    }

    private void RestartReconcileChecks()
    {
        ReconcileChecks = 0;
        ReconcileAt = null;
    }
}
