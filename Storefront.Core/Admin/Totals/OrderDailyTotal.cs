using Storefront.Core.Orders;

namespace Storefront.Core.Admin.Totals;

/// <summary>
/// One UTC day's orders in one currency and status, kept current by every save that changes an order (see
/// <see cref="OrderDailyTotalsChange"/>), so the dashboard and the list's count read days, not millions of orders.
/// <see cref="Orders"/> counts the orders placed that day that are now in <see cref="Status"/>;
/// <see cref="PaidRevenue"/> is what the orders paid that day, now in <see cref="Status"/>, brought in net of refunds.
/// </summary>
public sealed class OrderDailyTotal
{
    private OrderDailyTotal()
    {
    }

    public DateOnly Day { get; private set; }

    public string Currency { get; private set; } = "";

    public OrderStatus Status { get; private set; }

    public long Orders { get; private set; }

    public long PaidRevenue { get; private set; }
}
