using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Payments;

public sealed class DelayedPaymentTests
{
    private const string SettlingIban = "DE89370400440532013000";
    private const string FailingIban = "DE62370400440532013001";

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_bank_debit_waits_unpaid_and_is_paid_when_it_settles(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("felt-desk-mat", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);

        await store.PayByBankDebitAsync(sessionId, SettlingIban);
        await store.WaitForCompletedDeliveryAsync(sessionId);

        Assert.Equal(OrderStatus.AwaitingPayment, (await store.OrderAsync(started.OrderNumber)).Status);
        await using (var db = store.Database.NewContext())
        {
            Assert.Equal(PaymentStatus.Pending, (await db.Payments.SingleAsync()).Status);
        }

        await store.ControlAsync($"checkout/sessions/{sessionId}/settle");

        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        await using var check = store.Database.NewContext();
        Assert.Equal(PaymentStatus.Succeeded, (await check.Payments.SingleAsync()).Status);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_failed_bank_debit_lets_the_shopper_pay_again_on_the_same_order(DatabaseProvider provider)
    {
        await using var store = await StoreHarness.StartAsync(provider);
        var cart = await store.CartWithAsync(("felt-desk-mat", 2));
        var started = await store.CheckoutAsync(cart);
        var firstSession = StoreHarness.SessionIdOf(started);
        await store.PayByBankDebitAsync(firstSession, FailingIban);
        await store.WaitForCompletedDeliveryAsync(firstSession);

        await store.ControlAsync($"checkout/sessions/{firstSession}/settle");
        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.PaymentFailed);

        var retry = await store.CheckoutAsync(cart);
        Assert.Equal(started.OrderNumber, retry.OrderNumber);
        Assert.NotEqual(firstSession, StoreHarness.SessionIdOf(retry));
        await store.PayAsync(StoreHarness.SessionIdOf(retry));

        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        Assert.Equal(2, order.CheckoutAttempt);
        Assert.Equal(58, (await store.Database.ProductAsync("felt-desk-mat")).Stock);
        await using var db = store.Database.NewContext();
        Assert.Equal(
            [PaymentStatus.Failed, PaymentStatus.Succeeded],
            await db.Payments.OrderBy(p => p.CreatedAt).Select(p => p.Status).ToListAsync());
    }
}
