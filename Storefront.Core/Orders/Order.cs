using System.Security.Cryptography;
using Storefront.Core.Pricing;

namespace Storefront.Core.Orders;

/// <summary>
/// A shopper's order. Its status only changes through the methods below, each of which refuses a move
/// that <see cref="OrderTransitions"/> does not allow.
/// </summary>
public sealed partial class Order
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderStatusChange> _statusChanges = [];

    private Order()
    {
    }

    private Order(
        string currency, string customerEmail, string? userId, Guid? cartId, IEnumerable<OrderLine> lines, DateTime now, string? clientAddress)
    {
        Id = Guid.CreateVersion7();
        Number = OrderNumber.New();
        AccessToken = RandomNumberGenerator.GetHexString(64, lowercase: true);
        Currency = CurrencyInfo.For(currency).Code;
        SetCustomerEmail(customerEmail);
        UserId = userId;
        CartId = cartId;
        ClientAddress = clientAddress;
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

    /// <summary><see cref="CustomerEmail"/> in lower case: what staff search by, whatever case the shopper typed.</summary>
    public string NormalizedEmail { get; private set; } = "";

    public string? UserId { get; private set; }

    /// <summary>The cart this order was checked out from; the cart is emptied once the order is paid.</summary>
    public Guid? CartId { get; private set; }

    /// <summary>
    /// The network address the checkout came from, as text (kept plain, not hashed: the IPv4 space is small enough
    /// that a hash would hide nothing). Open orders from one address share a cap on the units they hold.
    /// </summary>
    public string? ClientAddress { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    /// <summary>
    /// The moves made through this instance. Not loaded with the order (read them by <see cref="OrderStatusChange.OrderId"/>);
    /// each move adds one, saved with the order.
    /// </summary>
    public IReadOnlyList<OrderStatusChange> StatusChanges => _statusChanges;

    /// <summary>
    /// What the shopper pays, in minor units of <see cref="Currency"/>: the lines until payment, then what Stripe charged
    /// (lines + shipping + tax − discount). Refunds, shipping included, are counted against it.
    /// </summary>
    public long Total { get; private set; }

    public long AmountRefunded { get; private set; }

    /// <summary>The Stripe Checkout Session the shopper is paying (or paid) through.</summary>
    public string? CheckoutSessionId { get; private set; }

    /// <summary>Where the shopper pays: the session's hosted page, reused while the session is open.</summary>
    public string? CheckoutSessionUrl { get; private set; }

    /// <summary>
    /// Counts attempts to pay (a declined async payment leads to another). With the order id it makes the
    /// idempotency key of the attempt's Checkout Session, so a retry never creates a second session.
    /// </summary>
    public int CheckoutAttempt { get; private set; }

    /// <summary>When the current attempt's Checkout Session expires; fixed before Stripe is called, so a replay sends the same request.</summary>
    public DateTime? CheckoutExpiresAt { get; private set; }

    /// <summary>Set when what Stripe reports does not agree with the order (amount, currency); a person must look.</summary>
    public string? ReviewReason { get; private set; }

    /// <summary>Bumped on every change: two writers (webhook and success page) cannot both apply a move.</summary>
    public int Version { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? PaidAt { get; private set; }

    /// <summary>
    /// When the shopper finished Stripe's checkout. A bank debit may still be clearing, but the cart has been
    /// emptied and is no longer this order's: a new checkout of it starts another order and leaves this one be.
    /// </summary>
    public DateTime? CheckoutCompletedAt { get; private set; }

    public Money TotalMoney => new(Total, Currency);

    public bool NeedsReview => ReviewReason is not null;

    /// <summary>Whether staff may refund (more of) this order: only a paid one, until all of it is refunded.</summary>
    public bool IsRefundable => Status is OrderStatus.Paid or OrderStatus.PartiallyRefunded;

    /// <summary>What is left to refund, in minor units; zero when the order cannot be refunded.</summary>
    public long RefundableAmount => IsRefundable ? Total - AmountRefunded : 0;

    /// <summary>Whether the shopper may still pay this order (it holds reserved stock until it is paid or cancelled).</summary>
    public bool IsOpen => Status is OrderStatus.Created or OrderStatus.AwaitingPayment or OrderStatus.PaymentFailed;

    /// <summary>Checkout is complete and the money is on its way (a bank debit): the order must wait, never be cancelled.</summary>
    public bool IsAwaitingSettlement => Status == OrderStatus.AwaitingPayment && CheckoutCompletedAt is not null;

    public static Order Create(
        string currency, string customerEmail, string? userId, Guid? cartId, IEnumerable<OrderLine> lines, DateTime now,
        string? clientAddress = null) =>
        new(currency, customerEmail, userId, cartId, lines, now, clientAddress);

    /// <summary>Marks the first payment confirmed, with what Stripe collected for it; the total becomes what was charged.</summary>
    public void MarkPaid(DateTime now, CheckoutDetails? details = null)
    {
        MoveTo(OrderStatus.Paid, now);
        RecordDetails(details ?? CheckoutDetails.None);
        PaidAt = now;
        CheckoutCompletedAt ??= now;
        Raise(new OrderPaid());
    }

    public void MarkPaymentFailed(DateTime now) => MoveTo(OrderStatus.PaymentFailed, now);

    public void Cancel(DateTime now)
    {
        if (IsAwaitingSettlement)
        {
            throw new DomainException($"Order {Number} was checked out and its payment is clearing; it cannot be cancelled.");
        }

        MoveTo(OrderStatus.Cancelled, now);
    }

    /// <summary>Guests give their email on Stripe's page; the order learns it when the payment is confirmed.</summary>
    public void RecordCustomerEmail(string email, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(CustomerEmail) && !string.IsNullOrWhiteSpace(email))
        {
            SetCustomerEmail(email);
            Touch(now);
        }
    }

    /// <summary>Holds the order for a person to look at, without moving it; the first reason is kept.</summary>
    public void FlagForReview(string reason, DateTime now)
    {
        ReviewReason ??= reason;
        Touch(now);
    }

    private void MoveTo(OrderStatus next, DateTime now)
    {
        if (!OrderTransitions.IsAllowed(Status, next))
        {
            throw new OrderStateException(Number, Status, next);
        }

        _statusChanges.Add(new OrderStatusChange(Id, Status, next, now));
        Status = next;
        Touch(now);
    }

    private void SetCustomerEmail(string email)
    {
        CustomerEmail = email;
        NormalizedEmail = email.ToLowerInvariant();
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
