using System.Net;
using System.Net.Http.Headers;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Storefront.Tests.StripeEmulator.Api;

public sealed class AuthenticationAndIdempotencyTests : EmulatorTest
{
    [Theory]
    [InlineData("sk_live_123456789")]
    [InlineData("rk_test_123456789")]
    [InlineData("pk_test_123456789")]
    public async Task Only_test_secret_keys_are_accepted(string key)
    {
        var error = await Assert.ThrowsAsync<StripeException>(
            () => CheckoutSamples.CreateAsync(Emulator.NewStripeClient(key)));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatusCode);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
    }

    [Fact]
    public async Task A_request_without_a_key_is_unauthorized()
    {
        using var response = await Emulator.Http.GetAsync("/v1/checkout/sessions/cs_test_x");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("You did not provide an API key", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Basic_auth_with_the_key_as_user_name_works_as_inStripeApis_curl_examples()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/checkout/sessions/cs_test_missing");
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(EmulatorServer.ApiKey + ":")));

        using var response = await Emulator.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("resource_missing", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_same_key_with_the_same_parameters_replays_the_first_response()
    {
        var request = new RequestOptions { IdempotencyKey = "order-42-attempt-1" };
        var sessions = new SessionService(StripeApi);

        var first = await sessions.CreateAsync(CheckoutSamples.Options(), request);
        var second = await sessions.CreateAsync(CheckoutSamples.Options(), request);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("true", second.StripeResponse.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Fact]
    public async Task A_key_is_forgotten_after_24_hours()
    {
        var request = new RequestOptions { IdempotencyKey = "order-42-yesterday" };
        var sessions = new SessionService(StripeApi);
        var first = await sessions.CreateAsync(CheckoutSamples.Options(), request);

        Emulator.Time.Advance(TimeSpan.FromHours(25));
        var second = await sessions.CreateAsync(CheckoutSamples.Options(), request);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal("open", second.Status);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_create_one_session()
    {
        var request = new RequestOptions { IdempotencyKey = "order-42-concurrent" };
        var sessions = new SessionService(StripeApi);

        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sessions.CreateAsync(CheckoutSamples.Options(), request)));

        Assert.Single(all.Select(s => s.Id).Distinct());
    }

    [Fact]
    public async Task The_same_key_with_other_parameters_is_an_idempotency_error()
    {
        var request = new RequestOptions { IdempotencyKey = "order-43-attempt-1" };
        var sessions = new SessionService(StripeApi);
        await sessions.CreateAsync(CheckoutSamples.Options(), request);
        var other = CheckoutSamples.Options();
        other.ClientReferenceId = "ord_43";

        var error = await Assert.ThrowsAsync<StripeException>(() => sessions.CreateAsync(other, request));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("idempotency_error", error.StripeError.Type);
    }

    [Fact]
    public async Task A_refused_request_is_not_saved_under_its_key()
    {
        var request = new RequestOptions { IdempotencyKey = "order-44-attempt-1" };
        var sessions = new SessionService(StripeApi);
        var invalid = CheckoutSamples.Options();
        invalid.LineItems = null;
        await Assert.ThrowsAsync<StripeException>(() => sessions.CreateAsync(invalid, request));

        var session = await sessions.CreateAsync(CheckoutSamples.Options(), request);

        Assert.Equal("open", session.Status);
    }

    [Fact]
    public async Task An_unknown_url_answers_likeStripeApi()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/customers/cus_1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorServer.ApiKey);

        using var response = await Emulator.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Unrecognized request URL", await response.Content.ReadAsStringAsync());
    }
}
