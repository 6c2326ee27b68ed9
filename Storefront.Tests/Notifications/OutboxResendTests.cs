using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Tests.Admin;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Notifications;

public sealed class OutboxResendTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Resend_while_the_message_is_being_sent_follows_that_send_and_it_is_delivered_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = await SmtpServerFixture.StartAsync();
        GatedEmailTransport? gate = null;
        using var sending = new OutboxRig(database, smtp.Settings, services: services => services.AddSingleton<IEmailTransport>(
            provider => gate = new GatedEmailTransport(provider.GetRequiredService<SmtpEmailTransport>())));
        using var otherInstance = new OutboxRig(database, smtp.Settings, sending.Time);
        await sending.MarkPaidAsync((await OutboxRig.AwaitingPaymentAsync(database)).Id);
        var queued = await MessagesAsync(database);

        var sender = sending.Sender;
        var inFlight = Task.Run(() => sender.SendDueAsync(CancellationToken.None));
        await gate!.Entered.WaitAsync(TimeSpan.FromSeconds(15));
        var resend = await sending.Service<OutboxActions>().ResendAsync(Staff.Member, queued.Single().Id);
        var sentByOther = await otherInstance.Sender.SendDueAsync(CancellationToken.None);
        gate.Release();
        await inFlight;

        Assert.Equal(new OutboxResend(queued.Single().Id, AlreadyUnderway: true), resend);
        Assert.Equal(0, sentByOther);
        Assert.Single(smtp.Messages());
        var stored = Assert.Single(await MessagesAsync(database));
        Assert.Equal((OutboxStatus.Sent, 1, (Guid?)null), (stored.Status, stored.Attempts, stored.LeaseOwner));
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Two_resends_of_a_sent_message_at_once_queue_one_new_message(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = await SmtpServerFixture.StartAsync();
        using var first = new OutboxRig(database, smtp.Settings);
        using var second = new OutboxRig(database, smtp.Settings, first.Time);
        await first.MarkPaidAsync((await OutboxRig.AwaitingPaymentAsync(database)).Id);
        await first.Sender.SendDueAsync(CancellationToken.None);
        var sent = Assert.Single(await MessagesAsync(database));

        var resends = await Task.WhenAll(
            Task.Run(() => first.Service<OutboxActions>().ResendAsync(Staff.Member, sent.Id)),
            Task.Run(() => second.Service<OutboxActions>().ResendAsync(Staff.Member, sent.Id)));
        await first.Sender.SendDueAsync(CancellationToken.None);

        var messages = await MessagesAsync(database);
        Assert.Equal([1, 2], messages.Select(m => m.Sequence));
        Assert.All(resends, resend => Assert.Equal(messages[1].Id, resend.MessageId));
        Assert.Equal([false, true], resends.Select(r => r.AlreadyUnderway).Order());
        Assert.All(messages, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Equal(2, smtp.Messages().Select(m => m.MessageId).Distinct().Count());
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Resend_of_a_message_waiting_to_be_retried_sends_it_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = SmtpServerFixture.Reserve();
        using var rig = new OutboxRig(database, smtp.Settings);
        await rig.MarkPaidAsync((await OutboxRig.AwaitingPaymentAsync(database)).Id);
        await rig.Sender.SendDueAsync(CancellationToken.None);
        var waiting = Assert.Single(await MessagesAsync(database));
        await smtp.StartServerAsync();

        var resend = await rig.Service<OutboxActions>().ResendAsync(Staff.Member, waiting.Id);
        await rig.Sender.SendDueAsync(CancellationToken.None);

        Assert.Equal(new OutboxResend(waiting.Id, AlreadyUnderway: false), resend);
        var sent = Assert.Single(await MessagesAsync(database));
        Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Single(smtp.Messages());
    }

    private static async Task<List<OutboxMessage>> MessagesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
    }
}
