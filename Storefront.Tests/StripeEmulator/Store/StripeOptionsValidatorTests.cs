using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
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

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, StripeOptions options) =>
        new StripeOptionsValidator(new HostingEnvironment { EnvironmentName = environment }).Validate(null, options);
}
