using System.Security.Cryptography;
using Storefront.Core.Pricing;

namespace Storefront.Core.Orders;

/// <summary>
/// A shopper's order. Its status only changes through the methods below, each of which refuses a move
/// that <see cref="OrderTransitions"/> does not allow.
/// </summary>
public sealed class Order
{
    private readonly List<OrderLine> _lines = [];

    private Order()
    {
    }

    private Order(string currency, string customerEmail, string? userId, IEnumerable<OrderLine> lines, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Number = OrderNumber.New();
        AccessToken = RandomNumberGenerator.GetHexString(64, lowercase: true);
        Currency = CurrencyInfo.For(currency).Code;
        CustomerEmail = customerEmail;
        UserId = userId;
        _lines.AddRange(lines);
        if (_lines.Count == 0)
        {
            throw new DomainException("An order needs at least one line.");
        }

        Total = _lines.Sum(line => line.LineTotal);
        Status = OrderStatus.Created;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The number shoppers and staff quote, e.g. <c>SF-7K4Q2M9X</c>.</summary>
    public string Number { get; private set; } = "";

    /// <summary>A secret that lets a guest open the order's page from a link.</summary>
    public string AccessToken { get; private set; } = "";

    public OrderStatus Status { get; private set; }

    public string Currency { get; private set; } = "";

    public string CustomerEmail { get; private set; } = "";

    public string? UserId { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    /// <summary>Sum of the lines in minor units of <see cref="Currency"/>.</summary>
    public long Total { get; private set; }

    public long AmountRefunded { get; private set; }

    /// <summary>The Stripe Checkout Session the shopper is paying (or paid) through.</summary>
    public string? CheckoutSessionId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? PaidAt { get; private set; }

    public Money TotalMoney => new(Total, Currency);

    public static Order Create(string currency, string customerEmail, string? userId, IEnumerable<OrderLine> lines, DateTime now) =>
        new(currency, customerEmail, userId, lines, now);

    public void AwaitPayment(string checkoutSessionId, DateTime now)
    {
        MoveTo(OrderStatus.AwaitingPayment, now);
        CheckoutSessionId = checkoutSessionId;
    }

    public void MarkPaid(DateTime now)
    {
        MoveTo(OrderStatus.Paid, now);
        PaidAt = now;
    }

    public void MarkPaymentFailed(DateTime now) => MoveTo(OrderStatus.PaymentFailed, now);

    public void Cancel(DateTime now) => MoveTo(OrderStatus.Cancelled, now);

    /// <summary>
    /// Records how much has been refunded in total so far (Stripe reports the running total).
    /// The total never goes down and never exceeds what was paid.
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
        AmountRefunded = totalRefunded;
    }

    private void MoveTo(OrderStatus next, DateTime now)
    {
        if (!OrderTransitions.IsAllowed(Status, next))
        {
            throw new OrderStateException(Number, Status, next);
        }

        Status = next;
        UpdatedAt = now;
    }
}
