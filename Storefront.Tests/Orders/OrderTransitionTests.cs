using Storefront.Core;
using Storefront.Core.Orders;

namespace Storefront.Tests.Orders;

public sealed class OrderTransitionTests
{
    private static readonly (OrderStatus From, OrderStatus To)[] Allowed =
    [
        (OrderStatus.Created, OrderStatus.AwaitingPayment),
        (OrderStatus.Created, OrderStatus.Cancelled),
        (OrderStatus.AwaitingPayment, OrderStatus.Paid),
        (OrderStatus.AwaitingPayment, OrderStatus.PaymentFailed),
        (OrderStatus.AwaitingPayment, OrderStatus.Cancelled),
        (OrderStatus.PaymentFailed, OrderStatus.AwaitingPayment),
        (OrderStatus.PaymentFailed, OrderStatus.Cancelled),
        (OrderStatus.Paid, OrderStatus.PartiallyRefunded),
        (OrderStatus.Paid, OrderStatus.Refunded),
        (OrderStatus.PartiallyRefunded, OrderStatus.PartiallyRefunded),
        (OrderStatus.PartiallyRefunded, OrderStatus.Refunded),
    ];

    /// <summary>Every status an order can be asked to move to (nothing moves an order back to Created).</summary>
    private static readonly OrderStatus[] Targets = Enum.GetValues<OrderStatus>().Where(s => s != OrderStatus.Created).ToArray();

    public static TheoryData<OrderStatus, OrderStatus> AllowedMoves => Moves(Allowed);

    public static TheoryData<OrderStatus, OrderStatus> RefusedMoves => Moves(
        from source in Enum.GetValues<OrderStatus>()
        from target in Targets
        where !Allowed.Contains((source, target))
        select (source, target));

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void An_allowed_move_changes_the_status(OrderStatus from, OrderStatus to)
    {
        var order = OrderBuilder.InStatus(from);

        OrderBuilder.MoveTo(order, to);

        Assert.Equal(to, order.Status);
        Assert.Equal(OrderBuilder.Now.AddMinutes(5), order.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void A_refused_move_throws_and_leaves_the_order_as_it_was(OrderStatus from, OrderStatus to)
    {
        var order = OrderBuilder.InStatus(from);
        var refundedBefore = order.AmountRefunded;

        var error = Assert.ThrowsAny<DomainException>(() => OrderBuilder.MoveTo(order, to));

        Assert.Equal(from, order.Status);
        Assert.Equal(refundedBefore, order.AmountRefunded);
        Assert.Contains(order.Number, error.Message);
    }

    [Fact]
    public void The_matrix_covers_every_pair_of_statuses()
    {
        var pairs = AllowedMoves.Count + RefusedMoves.Count;

        Assert.Equal(Enum.GetValues<OrderStatus>().Length * Targets.Length, pairs);
    }

    [Fact]
    public void A_new_order_snapshots_its_lines_and_totals_them()
    {
        var order = OrderBuilder.NewOrder();

        Assert.Equal(OrderStatus.Created, order.Status);
        Assert.Equal(2 * 1600 + 4200, order.Total);
        Assert.Equal("$74.00", order.TotalMoney.ToString());
        Assert.Matches("^SF-[2-9A-HJKMNP-Z]{8}$", order.Number);
        Assert.Equal(64, order.AccessToken.Length);
        Assert.NotEqual(OrderBuilder.NewOrder().AccessToken, order.AccessToken);
    }

    [Fact]
    public void An_order_without_lines_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Order.Create("usd", "ada@example.com", null, null, [], OrderBuilder.Now));

        Assert.Equal("An order needs at least one line.", error.Message);
    }

    [Fact]
    public void Paying_records_the_session_and_when_it_was_paid()
    {
        var order = OrderBuilder.InStatus(OrderStatus.AwaitingPayment);

        order.MarkPaid(OrderBuilder.Now.AddMinutes(1));

        Assert.Equal("cs_test_1", order.CheckoutSessionId);
        Assert.Equal(OrderBuilder.Now.AddMinutes(1), order.PaidAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(7401)]
    public void A_refund_total_that_does_not_fit_the_order_is_refused(long totalRefunded)
    {
        var order = OrderBuilder.InStatus(OrderStatus.Paid);

        Assert.Throws<DomainException>(() => order.RecordRefund(totalRefunded, OrderBuilder.Now));

        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(0, order.AmountRefunded);
    }

    [Fact]
    public void A_refund_total_never_goes_down()
    {
        var order = OrderBuilder.InStatus(OrderStatus.Paid);
        order.RecordRefund(3000, OrderBuilder.Now);

        Assert.Throws<DomainException>(() => order.RecordRefund(1000, OrderBuilder.Now));

        Assert.Equal(OrderStatus.PartiallyRefunded, order.Status);
        Assert.Equal(3000, order.AmountRefunded);
    }

    [Fact]
    public void Partial_refunds_that_add_up_to_the_total_make_the_order_refunded()
    {
        var order = OrderBuilder.InStatus(OrderStatus.Paid);

        order.RecordRefund(4000, OrderBuilder.Now);
        order.RecordRefund(order.Total, OrderBuilder.Now);

        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal(order.Total, order.AmountRefunded);
    }

    private static TheoryData<OrderStatus, OrderStatus> Moves(IEnumerable<(OrderStatus From, OrderStatus To)> moves)
    {
        var data = new TheoryData<OrderStatus, OrderStatus>();
        foreach (var (from, to) in moves)
        {
            data.Add(from, to);
        }

        return data;
    }
}
