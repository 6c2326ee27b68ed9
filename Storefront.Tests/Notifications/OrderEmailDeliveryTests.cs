using Microsoft.EntityFrameworkCore;
using MimeKit;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;

namespace Storefront.Tests.Notifications;

public sealed class OrderEmailDeliveryTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_paid_order_whose_webhook_arrives_twice_gets_one_confirmation(DatabaseProvider provider)
    {
        await using var smtp = await SmtpServerFixture.StartAsync();
        await using var store = await StoreHarness.StartAsync(provider, WithPublicUrl(smtp.Settings));
        await store.ControlAsync("webhooks/hold");
        var started = await store.CheckoutAsync(await store.CartWithAsync(("enamel-mug", 2), ("brass-pen", 1)));
        var sessionId = StoreHarness.SessionIdOf(started);
        await store.PayAsync(sessionId);
        var eventId = await store.EventIdAsync("checkout.session.completed", sessionId);

        await store.ControlAsync($"events/{eventId}/deliver?count=2&concurrent=true");
        await store.ControlAsync($"events/{eventId}/deliver");

        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        await store.WaitForAppliedEventAsync(eventId);
        var sent = Assert.Single(await WaitUntilAllSentAsync(store, order.Id));
        Assert.Equal((EmailKind.OrderConfirmation, "ada@example.com"), (sent.Kind, sent.To));
        var email = Assert.Single(await smtp.WaitForMessagesAsync(1));
        Assert.Equal("ada@example.com", email.To.Mailboxes.Single().Address);
        Assert.Equal($"Your Storefront order {order.Number} is confirmed", email.Subject);
        Assert.Contains("Total  $74.00", email.TextBody);
        Assert.Contains("Enamel Camp Mug × 2", email.HtmlBody);
        Assert.Contains($"https://shop.example.test/orders/{order.Number}?token={order.AccessToken}", email.HtmlBody);
        Assert.Equal(sent.MessageIdFor("storefront.test"), email.MessageId);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_refund_sends_a_refund_email_and_the_shop_gets_a_notice_of_the_order(DatabaseProvider provider)
    {
        await using var smtp = await SmtpServerFixture.StartAsync();
        var settings = new Dictionary<string, string?>(WithPublicUrl(smtp.Settings)) { ["Email:AdminNotify"] = "shop@storefront.test" };
        await using var store = await StoreHarness.StartAsync(provider, settings);
        var started = await store.CheckoutAsync(await store.CartWithAsync(("canvas-backpack", 1)));
        await store.PayAsync(StoreHarness.SessionIdOf(started));
        var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);
        await using (var db = store.Database.NewContext())
        {
            var paymentIntent = (await db.Payments.SingleAsync()).PaymentIntentId;
            await new RefundService(store.Stripe).CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntent, Amount = 4500 });
        }

        await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.PartiallyRefunded);

        var sent = await WaitUntilAllSentAsync(store, order.Id, count: 3);
        Assert.Equal([EmailKind.OrderConfirmation, EmailKind.Refund, EmailKind.NewOrderNotice], sent.Select(m => m.Kind).Order());
        var received = await smtp.WaitForMessagesAsync(3);
        var refund = Assert.Single(received, m => m.Subject == $"Refund for your Storefront order {order.Number}");
        Assert.Equal("ada@example.com", refund.To.Mailboxes.Single().Address);
        Assert.Contains("We have refunded $45.00 to your original payment method. Refunded so far: $45.00 of $145.00.", refund.TextBody);
        var notice = Assert.Single(received, m => m.To.Mailboxes.Single().Address == "shop@storefront.test");
        Assert.Equal($"New order {order.Number}: $145.00", notice.Subject);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Without_a_mail_server_development_writes_each_email_as_an_eml_file(DatabaseProvider provider)
    {
        var pickup = Directory.CreateTempSubdirectory("storefront-pickup-").FullName;
        try
        {
            await using var store = await StoreHarness.StartAsync(provider, new Dictionary<string, string?> { ["Email:PickupDirectory"] = pickup });
            var started = await store.CheckoutAsync(await store.CartWithAsync(("linen-notebook", 1)));
            await store.PayAsync(StoreHarness.SessionIdOf(started));
            var order = await store.WaitForOrderAsync(started.OrderNumber, o => o.Status == OrderStatus.Paid);

            var sent = Assert.Single(await WaitUntilAllSentAsync(store, order.Id));

            var file = Assert.Single(Directory.GetFiles(pickup));
            Assert.Equal(sent.MessageIdFor("localhost") + ".eml", Path.GetFileName(file));
            var email = await MimeMessage.LoadAsync(file);
            Assert.Equal(("ada@example.com", "orders@localhost"), (email.To.Mailboxes.Single().Address, email.From.Mailboxes.Single().Address));
            Assert.Contains(order.Number, email.Subject);
            // Links in emails lead to Store:PublicUrl, which the test host sets to its own address.
            Assert.Contains($"{store.BaseUri.GetLeftPart(UriPartial.Authority)}/orders/{order.Number}?token=", email.TextBody);
        }
        finally
        {
            Directory.Delete(pickup, recursive: true);
        }
    }

    private static IReadOnlyDictionary<string, string?> WithPublicUrl(IReadOnlyDictionary<string, string?> settings) =>
        new Dictionary<string, string?>(settings) { ["Store:PublicUrl"] = "https://shop.example.test" };

    /// <summary>Waits until the order has <paramref name="count"/> emails, none of them still queued.</summary>
    private static Task<List<OutboxMessage>> WaitUntilAllSentAsync(StoreHarness store, Guid orderId, int count = 1) =>
        Wait.UntilAsync(async () =>
        {
            await using var db = store.Database.NewContext();
            var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.OrderId == orderId).ToListAsync();
            return messages.Count >= count && messages.All(m => m.Status == OutboxStatus.Sent) ? messages : null;
        });
}
