using Microsoft.Extensions.Options;
using Storefront.Core.Data;
using Storefront.Core.Notifications;
using Storefront.Core.Store;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Notifications;

public sealed class EmailDefaultsTests
{
    [Fact]
    public async Task Development_without_settings_writes_mail_to_app_data_and_links_to_localhost()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var rig = new OutboxRig(database, new Dictionary<string, string?>());

        var email = rig.Service<IOptions<EmailOptions>>().Value;
        var store = rig.Service<IOptions<StoreOptions>>().Value;

        Assert.False(email.UsesSmtp);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "App_Data", "mail"), email.PickupDirectory);
        Assert.Equal("Storefront <orders@localhost>", email.From);
        Assert.Equal("http://localhost:5000/orders/SF-1?token=t", store.AbsoluteUrl("/orders/SF-1?token=t"));
    }

    [Fact]
    public void Outside_development_a_mail_server_or_a_pickup_folder_is_required()
    {
        var validator = new EmailOptionsValidator();

        var neither = validator.Validate(null, new EmailOptions { From = "orders@shop.example" });
        var server = validator.Validate(null, new EmailOptions { From = "orders@shop.example", Host = "smtp.shop.example" });
        var folder = validator.Validate(null, new EmailOptions { From = "orders@shop.example", PickupDirectory = "/var/mail/pickup" });

        Assert.Equal(
            "Email:Host is required outside Development (or set Email:PickupDirectory to write messages as .eml files).",
            neither.FailureMessage);
        Assert.True(server.Succeeded);
        Assert.True(folder.Succeeded);
    }
}
