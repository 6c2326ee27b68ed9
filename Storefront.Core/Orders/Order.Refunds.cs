using Storefront.Core.Pricing;

namespace Storefront.Core.Orders;

// An order's refunds, which follow the refunded total Stripe reports for its charge.
public sealed partial class Order
{
    /// <summary>
    /// Records how much has been refunded in total so far (Stripe reports the running total).
    /// The total only goes up here and never exceeds what was paid; a refund that failed lowers it through
    /// <see cref="ReverseRefund"/>.
    /// </summary>
    public void RecordRefund(long totalRefunded, DateTime now)
    {
        if (totalRefunded <= AmountRefunded || totalRefunded > Total)
        {
            throw new DomainException(
                $"A refund total of {new Money(totalRefunded, Currency)} does not fit order {Number} " +
                $"({TotalMoney} paid, {new Money(AmountRefunded, Currency)} refunded so far).");
        }

        MoveTo(totalRefunded == Total ? OrderStatus.Refunded : OrderStatus.PartiallyRefunded, now);
        Raise(new OrderRefunded(totalRefunded - AmountRefunded));
        AmountRefunded = totalRefunded;
    }

    /// <summary>
    /// A refund failed or was cancelled at Stripe, so the shop kept money the shopper was told is coming back:
    /// the refunded total comes down to what still stands, the order moves back (to partially refunded, or paid
    /// when nothing stands), and it is held for a person to settle with the shopper.
    /// </summary>
    public void ReverseRefund(long totalRefunded, string reason, DateTime now)
    {
        if (totalRefunded < 0 || totalRefunded >= AmountRefunded)
        {
            throw new DomainException(
                $"A refund total of {new Money(totalRefunded, Currency)} does not lower the {new Money(AmountRefunded, Currency)} refunded on order {Number}.");
        }

        var next = totalRefunded == 0 ? OrderStatus.Paid : OrderStatus.PartiallyRefunded;
        if (!OrderTransitions.IsRefundReversal(Status, next))
        {
            throw new OrderStateException(Number, Status, next);
        }

        _statusChanges.Add(new OrderStatusChange(Id, Status, next, now));
        Status = next;
        AmountRefunded = totalRefunded;
        FlagForReview(reason, now);
    }
}
