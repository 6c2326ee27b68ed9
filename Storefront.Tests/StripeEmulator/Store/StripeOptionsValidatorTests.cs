using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Storefront.Core.Payments;

namespace Storefront.Tests.StripeEmulator.Store;

public sealed class StripeOptionsValidatorTests
{
    private const string WebhookSecret = "whsec_test";

    [Fact]
    public void Development_without_a_secret_key_defaults_to_the_emulator()
    {
        Assert.Equal(StripeMode.Emulator, StripeOptions.DefaultMode(isDevelopment: true, secretKey: null));
        Assert.Equal(StripeMode.Live, StripeOptions.DefaultMode(isDevelopment: true, secretKey: "sk_test_123"));
        Assert.Equal(StripeMode.Live, StripeOptions.DefaultMode(isDevelopment: false, secretKey: null));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_emulator_outside_development_is_refused_naming_stripe_mode(string environment)
    {
        var result = Validate(environment, new StripeOptions { Mode = "Emulator", WebhookSecret = WebhookSecret });

        Assert.True(result.Failed);
        Assert.Contains($"Stripe:Mode is 'Emulator', but the Stripe emulator runs only in Development (this is {environment})", result.FailureMessage);
    }

    [Fact]
    public void Live_without_a_secret_key_is_refused_naming_stripe_secret_key()
    {
        var result = Validate(Environments.Production, new StripeOptions { Mode = "Live", WebhookSecret = WebhookSecret });

        Assert.True(result.Failed);
        Assert.Contains("Stripe:SecretKey is required when Stripe:Mode is 'Live'.", result.FailureMessage);
    }

    [Theory]
    [InlineData("Sandbox", "Stripe:Mode must be 'Emulator' or 'Live'")]
    [InlineData("Live", "Stripe:SecretKey must be a secret key")]
    public void Wrong_values_are_refused_naming_the_setting(string mode, string message)
    {
        var result = Validate(Environments.Staging,
            new StripeOptions { Mode = mode, SecretKey = "pk_test_123", WebhookSecret = WebhookSecret });

        Assert.Contains(message, result.FailureMessage);
    }

    [Fact]
    public void A_missing_webhook_secret_is_refused()
    {
        var result = Validate(Environments.Development, new StripeOptions { Mode = "Emulator" });

        Assert.Contains("Stripe:WebhookSecret is required", result.FailureMessage);
    }

    [Fact]
    public void Live_with_its_keys_and_the_emulator_in_development_are_accepted()
    {
        Assert.True(Validate(Environments.Production,
            new StripeOptions { Mode = "Live", SecretKey = "sk_live_123", WebhookSecret = WebhookSecret }).Succeeded);
        Assert.True(Validate(Environments.Development,
            new StripeOptions { Mode = "Emulator", WebhookSecret = WebhookSecret }).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void A_read_limit_out_of_range_is_refused_naming_stripe_reads_per_second(int readsPerSecond)
    {
        var result = Validate(Environments.Development, new StripeOptions { Mode = "Emulator", WebhookSecret = WebhookSecret, ReadsPerSecond = readsPerSecond });

        Assert.Contains($"Stripe:ReadsPerSecond must be between 1 and 10000, or left empty (it is {readsPerSecond}).", result.FailureMessage);
    }

    [Theory]
    [InlineData("Live", null, 100)]
    [InlineData("Emulator", null, null)]
    [InlineData("Emulator", "40", 40)]
    [InlineData("Live", "250", 250)]
    public void An_unset_read_limit_is_Stripes_live_limit_in_live_mode_and_none_against_the_emulator(string mode, string? configured, int? expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stripe:Mode"] = mode,
            ["Stripe:SecretKey"] = "sk_test_123",
            ["Stripe:WebhookSecret"] = WebhookSecret,
            ["Stripe:ReadsPerSecond"] = configured,
        }).Build();
        using var services = new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development })
            .AddStripeOptions(configuration)
            .BuildServiceProvider();

        Assert.Equal(expected, services.GetRequiredService<IOptions<StripeOptions>>().Value.ReadsPerSecond);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, StripeOptions options) =>
        new StripeOptionsValidator(new HostingEnvironment { EnvironmentName = environment }).Validate(null, options);
}
