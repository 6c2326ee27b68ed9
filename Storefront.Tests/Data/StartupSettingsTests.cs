using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;

namespace Storefront.Tests.Data;

public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("Database:Provider", "Oracle", "Database:Provider must be 'Sqlite' or 'Postgres' (it is 'Oracle').")]
    [InlineData("Store:Currency", "dollars", "Store:Currency must be a three-letter ISO 4217 code")]
    [InlineData("Auth0:Domain", "storefront.eu.auth0.com", "Auth0:ClientId is required when Auth0 is configured.")]
    [InlineData("Auth0:Authority", "http://auth.example/", "Auth0:Domain (or Auth0:Authority) must make an https address; got 'http://auth.example/'.")]
    [InlineData("environment", "Production", "Auth0:Domain is required outside Development")]
    [InlineData("environment", "Production", "Email:From must be an email address")]
    [InlineData("environment", "Production", "Store:PublicUrl must be the store's absolute http(s) address")]
    [InlineData("Store:PublicUrl", "shop.example", "Store:PublicUrl must be the store's absolute http(s) address, such as 'https://shop.example' (it is 'shop.example').")]
    [InlineData("Admin:ExactCountLimit", "5", "Admin:ExactCountLimit must be from 100 (a full page) to 1,000,000")]
    [InlineData("Email:Port", "0", "Email:Port must be between 1 and 65535 (it is 0).")]
    [InlineData("Email:Security", "Tls", "Email:Security must be one of None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable (it is 'Tls').")]
    [InlineData("Email:AdminNotify", "shop", "Email:AdminNotify must be an email address (it is 'shop').")]
    [InlineData("Email:User", "mailer", "Email:User and Email:Password go together: set both or neither.")]
    [InlineData("Stripe:RequestTimeout", "00:00:00", "Stripe:RequestTimeout must be more than 00:00:00 and at most 00:02:00 (it is 00:00:00).")]
    [InlineData("Webhooks:MaxAttempts", "0", "Webhooks:MaxAttempts must be between 1 and 1000.")]
    [InlineData("Webhooks:RetryDelay", "00:00:00", "Webhooks:RetryDelay must be between")]
    [InlineData("Webhooks:QueueCapacity", "0", "Webhooks:QueueCapacity must be between 1 and 100000.")]
    [InlineData("Webhooks:MaxBatch", "1001", "Webhooks:MaxBatch must be between 1 and 1000.")]
    [InlineData("Webhooks:ApplyParallelism", "0", "Webhooks:ApplyParallelism must be between 1 and 64.")]
    [InlineData("Webhooks:ApplyBatch", "0", "Webhooks:ApplyBatch must be between 1 and 500.")]
    [InlineData("Shipping:AllowedCountries:0", "usa", "Shipping:AllowedCountries:0 must be a two-letter country code in capitals such as US or DE (it is 'usa').")]
    [InlineData("Shipping:Rates:0:Amount", "-1", "Shipping:Rates:0:Amount must be zero or more, in minor units (it is -1).")]
    [InlineData("Shipping:Rates:1:FreeOver", "0", "Shipping:Rates:1:FreeOver must be more than zero, in minor units, or left out (it is 0).")]
    [InlineData("Shipping:Carriers:UPS", "https://ups.example/track", "Shipping:Carriers:UPS must be an http(s) address with {tracking} where the tracking number goes")]
    [InlineData("Tax:Mode", "7", "Tax:Mode must be one of None, Stripe (it is 7).")]
    public async Task A_wrong_setting_stops_start_up_with_a_message_naming_it(string key, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database, new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, AllMessages(error));
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_stops_start_up()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Storefront"] = "",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("ConnectionStrings:Storefront is required when Database:Provider is 'Postgres'.", AllMessages(error));
    }

    [Fact]
    public async Task In_production_an_unset_database_provider_stops_start_up()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new StorefrontFactory(database, new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["Database:Provider"] = "",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Database:Provider must be set outside Development, to 'Sqlite' or 'Postgres'", AllMessages(error));
    }

    private static string AllMessages(Exception error) =>
        string.Join(" | ", Flatten(error).Select(e => e.Message));

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        yield return error;
        IEnumerable<Exception> inner = error switch
        {
            AggregateException aggregate => aggregate.InnerExceptions,
            { InnerException: { } single } => [single],
            _ => [],
        };
        foreach (var child in inner.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
