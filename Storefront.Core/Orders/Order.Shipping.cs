namespace Storefront.Core.Orders;

// What the order costs beyond its lines, where it goes, and its way there: Paid → Shipped → Delivered. Shipping is
// kept beside the payment status rather than in it, so a refund after shipping neither forgets the parcel nor is refused.
public sealed partial class Order
{
    public const int TrackingNumberLength = 100;

    public ShippingAddress? ShippingAddress { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The delivery the shopper chose on Stripe's page, as Stripe named it then.</summary>
    public string? ShippingRateName { get; private set; }

    public long ShippingAmount { get; private set; }

    public long TaxAmount { get; private set; }

    public long DiscountAmount { get; private set; }

    public string? PromotionCode { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public DateTime? ShippedAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    /// <summary>Whether any line is something to send; an order of downloads only has no address and is never shipped.</summary>
    public bool RequiresShipping => _lines.Any(line => line.RequiresShipping);

    /// <summary>The lines alone, before shipping, tax and discount.</summary>
    public long Subtotal => _lines.Sum(line => line.LineTotal);

    /// <summary>What the shopper should have paid for the lines with what Stripe collected: lines + shipping + tax − discount.</summary>
    public long TotalWith(CheckoutDetails details) => Subtotal + details.Shipping + details.Tax - details.Discount;

    /// <summary>Whether staff may hand the order to a carrier now.</summary>
    public bool CanShip => RequiresShipping && ShippedAt is null && Status is OrderStatus.Paid or OrderStatus.PartiallyRefunded;

    public bool CanMarkDelivered => ShippedAt is not null && DeliveredAt is null;

    public void MarkShipped(string carrier, string trackingNumber, DateTime at)
    {
        if (!RequiresShipping)
        {
            throw new DomainException($"Order {Number} has nothing to ship.");
        }

        if (ShippedAt is not null)
        {
            throw new DomainException($"Order {Number} was shipped already, on {ShippedAt:yyyy-MM-dd}.");
        }

        if (Status is not (OrderStatus.Paid or OrderStatus.PartiallyRefunded))
        {
            throw new DomainException($"Order {Number} is {Status}; only a paid order is shipped.");
        }

        if (string.IsNullOrWhiteSpace(carrier))
        {
            throw new DomainException("Choose the carrier.");
        }

        var tracking = trackingNumber?.Trim() ?? "";
        if (tracking.Length is 0 or > TrackingNumberLength)
        {
            throw new DomainException($"Enter the tracking number (at most {TrackingNumberLength} characters).");
        }

        Carrier = carrier;
        TrackingNumber = tracking;
        ShippedAt = at;
        Raise(new OrderShipped());
        Touch(at);
    }

    public void MarkDelivered(DateTime at)
    {
        if (ShippedAt is null)
        {
            throw new DomainException($"Order {Number} has not been shipped; it cannot be delivered.");
        }

        if (DeliveredAt is not null)
        {
            throw new DomainException($"Order {Number} was delivered already, on {DeliveredAt:yyyy-MM-dd}.");
        }

        DeliveredAt = at;
        Raise(new OrderDelivered());
        Touch(at);
    }

    private void RecordDetails(CheckoutDetails details)
    {
        ShippingAddress = details.Address;
        Phone = details.Phone;
        ShippingRateName = details.ShippingRateName;
        ShippingAmount = details.Shipping;
        TaxAmount = details.Tax;
        DiscountAmount = details.Discount;
        PromotionCode = details.PromotionCode;
        Total = TotalWith(details);
    }
}
