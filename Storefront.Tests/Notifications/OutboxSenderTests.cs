using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Notifications;

public sealed class OutboxSenderTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_confirmation_waits_in_the_outbox_while_the_mail_server_is_down_and_is_delivered_once_when_it_is_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = SmtpServerFixture.Reserve();
        using var rig = new OutboxRig(database, smtp.Settings);
        var order = await OutboxRig.AwaitingPaymentAsync(database);
        await rig.MarkPaidAsync(order.Id);

        Assert.Equal(1, await rig.Sender.SendDueAsync(CancellationToken.None));

        var waiting = await MessageAsync(database);
        Assert.Equal((OutboxStatus.Queued, 1), (waiting.Status, waiting.Attempts));
        Assert.False(string.IsNullOrWhiteSpace(waiting.LastError));
        Assert.Equal(rig.Time.GetUtcNow().UtcDateTime.AddSeconds(30), waiting.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        await smtp.StartServerAsync();
        Assert.Equal(0, await rig.Sender.SendDueAsync(CancellationToken.None));
        rig.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await rig.Sender.SendDueAsync(CancellationToken.None));

        var sent = await MessageAsync(database);
        Assert.Equal((OutboxStatus.Sent, 2, (string?)null), (sent.Status, sent.Attempts, sent.LastError));
        var email = Assert.Single(smtp.Messages());
        Assert.Equal("ada@example.com", email.To.Mailboxes.Single().Address);
        Assert.Contains(order.Number, email.Subject);
        Assert.Contains("$74.00", email.TextBody);
        Assert.Equal(sent.MessageIdFor("storefront.test"), email.MessageId);
        Assert.Equal(0, await rig.Sender.SendDueAsync(CancellationToken.None));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_app_instances_sending_from_one_database_send_each_message_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = await SmtpServerFixture.StartAsync();
        using var first = new OutboxRig(database, smtp.Settings);
        using var second = new OutboxRig(database, smtp.Settings, first.Time);
        for (var i = 0; i < 50; i++)
        {
            await first.MarkPaidAsync((await OutboxRig.AwaitingPaymentAsync(database, $"shopper{i}@example.com")).Id);
        }

        var tried = await Task.WhenAll(
            Task.Run(() => first.Sender.SendDueAsync(CancellationToken.None)),
            Task.Run(() => second.Sender.SendDueAsync(CancellationToken.None)));

        Assert.Equal(50, tried.Sum());
        var received = await smtp.WaitForMessagesAsync(50);
        Assert.Equal(50, received.Count);
        Assert.Equal(50, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(50, received.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        await using var db = database.NewContext();
        Assert.Equal(50, await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent && m.Attempts == 1));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_invalid_customer_email_fails_the_message_with_the_reason_and_leaves_the_order_alone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = await SmtpServerFixture.StartAsync();
        using var rig = new OutboxRig(database, smtp.Settings);
        var order = await OutboxRig.AwaitingPaymentAsync(database, "ada at example dot com");

        await rig.MarkPaidAsync(order.Id);
        await rig.Sender.SendDueAsync(CancellationToken.None);

        var failed = await MessageAsync(database);
        Assert.Equal((OutboxStatus.Failed, 0), (failed.Status, failed.Attempts));
        Assert.Equal("'ada at example dot com' is not a valid email address.", failed.LastError);
        await using var db = database.NewContext();
        var stored = await db.Orders.AsNoTracking().SingleAsync();
        Assert.Equal((OrderStatus.Paid, "ada at example dot com", order.Version + 1), (stored.Status, stored.CustomerEmail, stored.Version));
        Assert.Empty(smtp.Messages());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_message_whose_sender_died_mid_send_is_sent_again_with_the_same_message_id(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = await SmtpServerFixture.StartAsync();
        using var rig = new OutboxRig(database, smtp.Settings);
        await rig.MarkPaidAsync((await OutboxRig.AwaitingPaymentAsync(database)).Id);
        var now = rig.Time.GetUtcNow().UtcDateTime;
        await using (var db = database.NewContext())
        {
            // What a sender leaves behind when the process dies after taking the message.
            await db.OutboxMessages.ExecuteUpdateAsync(set => set
                .SetProperty(m => m.LeaseUntil, now.AddMinutes(5)).SetProperty(m => m.LeaseOwner, Guid.NewGuid()).SetProperty(m => m.Attempts, 1));
        }

        Assert.Equal(0, await rig.Sender.SendDueAsync(CancellationToken.None));
        rig.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await rig.Sender.SendDueAsync(CancellationToken.None));

        var sent = await MessageAsync(database);
        Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Equal(sent.MessageIdFor("storefront.test"), Assert.Single(smtp.Messages()).MessageId);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_resent_confirmation_is_a_new_message_and_an_unpaid_order_cannot_be_confirmed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = await SmtpServerFixture.StartAsync();
        using var rig = new OutboxRig(database, smtp.Settings);
        var order = await OutboxRig.AwaitingPaymentAsync(database);
        var unpaid = await OutboxRig.AwaitingPaymentAsync(database);
        await rig.MarkPaidAsync(order.Id);
        await rig.Sender.SendDueAsync(CancellationToken.None);

        await rig.Service<OrderEmails>().ResendConfirmationAsync(Staff.Member, order.Number);
        var refused = await Assert.ThrowsAsync<Storefront.Core.DomainException>(() => rig.Service<OrderEmails>().ResendConfirmationAsync(Staff.Member, unpaid.Number));
        await rig.Sender.SendDueAsync(CancellationToken.None);

        Assert.Equal($"Order {unpaid.Number} is AwaitingPayment; only a paid order can be confirmed.", refused.Message);
        var messages = await rig.Service<OutboxQueries>().ForOrderAsync(order.Id);
        Assert.Equal([1, 2], messages.Select(m => m.Sequence));
        Assert.All(messages, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var received = await smtp.WaitForMessagesAsync(2);
        Assert.Equal(2, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Empty(await rig.Service<OutboxQueries>().ForOrderAsync(unpaid.Id));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_fulfilments_of_one_payment_at_the_same_moment_queue_one_confirmation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var rig = new OutboxRig(database, new Dictionary<string, string?>());
        var order = await OutboxRig.AwaitingPaymentAsync(database);
        var fulfillment = rig.Service<CheckoutFulfillment>();

        // As the webhook and the success page do: mark paid unless already paid.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => fulfillment.ApplyAsync(async (db, now, ct) =>
        {
            var stored = await db.Orders.FirstAsync(o => o.Id == order.Id, ct);
            if (stored.Status == OrderStatus.AwaitingPayment)
            {
                stored.MarkPaid(now);
            }

            return new FulfillmentOutcome(stored.Id, stored.Status, "Applied.");
        }, CancellationToken.None))));

        Assert.All(outcomes, outcome => Assert.Equal(OrderStatus.Paid, outcome.Status));
        var confirmation = await MessageAsync(database);
        Assert.Equal((EmailKind.OrderConfirmation, 1), (confirmation.Kind, confirmation.Sequence));
    }

    private static async Task<OutboxMessage> MessageAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync();
    }
}
