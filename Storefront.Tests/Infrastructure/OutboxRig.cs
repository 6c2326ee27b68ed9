using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Core.Payments;
using Storefront.Core.Store;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The store's order-email services, as one app instance wires them, on a test database and a clock the test
/// moves — without a web host or background workers, so the test decides when the outbox is sent. Several rigs
/// on one database stand for several app instances.
/// </summary>
public sealed class OutboxRig : IDisposable
{
    private readonly IHost _host;

    /// <param name="services">Replaces services after the store's wiring, e.g. the email transport.</param>
    public OutboxRig(
        TestDatabase database, IReadOnlyDictionary<string, string?> settings, ManualTimeProvider? time = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        Time = time ?? new ManualTimeProvider();
        builder.Services.AddLogging();
        builder.Services.AddStoreOptions(builder.Configuration);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton(database.Contexts);
        builder.Services.AddSingleton<IStripeClient>(new StripeClient("sk_test_not_called_by_these_tests"));
        builder.Services.AddSingleton<Storefront.Core.Cart.CartNotifications>();
        builder.Services.AddSingleton<Storefront.Core.Catalog.CatalogNotifications>();
        builder.Services.AddCheckout(builder.Configuration);
        builder.Services.AddOrderEmails(builder.Configuration);
        services?.Invoke(builder.Services);
        _host = builder.Build();
    }

    public ManualTimeProvider Time { get; }

    public OutboxSender Sender => _host.Services.GetRequiredService<OutboxSender>();

    public T Service<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public Task<FulfillmentOutcome> MarkPaidAsync(Guid orderId) => MarkPaidAsync(Service<CheckoutFulfillment>(), orderId);

    /// <summary>Marks an order awaiting payment as paid the way fulfilment does, in one transaction with its emails.</summary>
    public static Task<FulfillmentOutcome> MarkPaidAsync(CheckoutFulfillment fulfillment, Guid orderId) =>
        fulfillment.ApplyAsync(async (db, now, ct) =>
        {
            var order = await db.Orders.FirstAsync(o => o.Id == orderId, ct);
            order.MarkPaid(now);
            return new FulfillmentOutcome(order.Id, order.Status, "Paid.");
        }, CancellationToken.None);

    /// <summary>Stores an order awaiting payment, with the lines of <see cref="Orders.OrderBuilder"/>.</summary>
    public static async Task<Order> AwaitingPaymentAsync(TestDatabase database, string email = "ada@example.com")
    {
        var order = Order.Create("usd", email, null, null,
            [new OrderLine(1, "Enamel Camp Mug", 1600, 2), new OrderLine(2, "Brass Ballpoint Pen", 4200, 1)], DateTime.UtcNow);
        order.AwaitPayment($"cs_test_{Guid.NewGuid():N}", "https://pay.example/cs", DateTime.UtcNow);
        await using var db = database.NewContext();
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    public void Dispose() => _host.Dispose();
}
