using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Admin;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Payments;

namespace Storefront.Tests.Admin;

public sealed class AdminOrderActionsTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_refund_moves_the_order_to_partially_refunded_then_refunded_when_Stripe_reports_it(DatabaseProvider provider)
    {
        var refunds = RefundRecorder();
        await using var store = await StoreHarness.StartAsync(provider, services: s => WithStripeHandler(s, refunds));
        var number = await PaidOrderAsync(store, ("enamel-mug", 2));
        var actions = store.Service<AdminOrderActions>();

        var requestKey = Guid.NewGuid();
        var first = await actions.RefundAsync(Staff.Member, number, 1250, requestKey);
        var doubleSubmit = await actions.RefundAsync(Staff.Member, number.ToLowerInvariant(), 1250, requestKey);
        var partial = await store.WaitForOrderAsync(number, o => o.Status == OrderStatus.PartiallyRefunded);
        var rest = await actions.RefundAsync(Staff.Member, number, 1950, Guid.NewGuid());
        var full = await store.WaitForOrderAsync(number, o => o.Status == OrderStatus.Refunded);

        Assert.StartsWith("re_", first);
        Assert.Equal(first, doubleSubmit);
        Assert.NotEqual(first, rest);
        Assert.Equal(1250, partial.AmountRefunded);
        Assert.Equal(3200, full.AmountRefunded);
        Assert.Equal([$"refund-{partial.Id}-{requestKey}", $"refund-{partial.Id}-{requestKey}"], refunds.IdempotencyKeys.Take(2));
        await using var db = store.Database.NewContext();
        var payment = await db.Payments.SingleAsync();
        Assert.Equal((PaymentStatus.Refunded, 3200L), (payment.Status, payment.AmountRefunded));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Refunds_that_do_not_fit_the_order_are_refused_before_Stripe_is_called(DatabaseProvider provider)
    {
        var refunds = RefundRecorder();
        await using var store = await StoreHarness.StartAsync(provider, services: s => WithStripeHandler(s, refunds));
        var paid = await PaidOrderAsync(store, ("brass-pen", 1));
        var unpaid = (await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 1)))).OrderNumber;
        var actions = store.Service<AdminOrderActions>();

        async Task<string> Refused(string number, long amount) =>
            (await Assert.ThrowsAsync<AdminActionException>(() => actions.RefundAsync(Staff.Member, number, amount, Guid.NewGuid()))).Message;

        Assert.Equal("Enter a refund amount greater than zero.", await Refused(paid, 0));
        Assert.Equal("Enter a refund amount greater than zero.", await Refused(paid, -100));
        Assert.Equal($"A refund of $42.01 is more than the $42.00 left to refund on order {paid}.", await Refused(paid, 4201));
        Assert.Equal($"Order {unpaid} is awaiting payment; only a paid order can be refunded.", await Refused(unpaid, 100));
        Assert.Equal("There is no order SF-NOSUCH22.", await Refused("sf-nosuch22", 100));

        Assert.Empty(refunds.IdempotencyKeys);
        var order = await store.OrderAsync(paid);
        Assert.Equal((OrderStatus.Paid, 0L), (order.Status, order.AmountRefunded));
        Assert.Equal(OrderStatus.AwaitingPayment, (await store.OrderAsync(unpaid)).Status);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Reconciling_applies_what_Stripe_says_when_no_webhook_arrived(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("brass-pen", 1)));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        var actions = store.Service<AdminOrderActions>();

        var outcome = await actions.ReconcileAsync(Staff.Member, started.OrderNumber);

        Assert.Equal(OrderStatus.Paid, outcome.Status);
        Assert.Equal(OrderStatus.Paid, (await store.OrderAsync(started.OrderNumber)).Status);
        var refused = await Assert.ThrowsAsync<AdminActionException>(() => actions.ReconcileAsync(Staff.Member, "SF-NOSUCH22"));
        Assert.Equal("There is no order SF-NOSUCH22.", refused.Message);
    }

    internal static async Task<string> PaidOrderAsync(StoreHarness store, params (string Slug, int Quantity)[] items)
    {
        var started = await store.CheckoutAsync(await store.CartWithAsync(items));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        return started.OrderNumber;
    }

    private static FlakyStripeHandler RefundRecorder() => new(0, () => null, request =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/v1/refunds", StringComparison.Ordinal));

    private static void WithStripeHandler(IServiceCollection services, DelegatingHandler handler) =>
        services.AddHttpClient(StoreStripeClient.HttpClientName).AddHttpMessageHandler(() => handler);
}
