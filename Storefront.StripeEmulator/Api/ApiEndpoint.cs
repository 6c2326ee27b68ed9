using System.Globalization;
using System.Net.Mime;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.Control;
using Storefront.StripeEmulator.Hosting;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Api;

/// <summary>
/// The pipeline every <c>/v1</c> route shares: Bearer key, parameters from the query and the form body,
/// <c>Idempotency-Key</c> for POSTs, and Stripe's JSON and error bodies; reads answer 429 while <see cref="ReadRateLimit"/> says so.
/// </summary>
public static class ApiEndpoint
{
    public static RequestDelegate Handle(Func<ApiRequest, ApiResponse> handler) => async context =>
    {
        var services = context.RequestServices;
        var (response, replayed) = await RunAsync(context, services, handler);

        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = MediaTypeNames.Application.Json;
        context.Response.Headers["Request-Id"] = Ids.New("req");
        context.Response.Headers["Stripe-Version"] = services.GetRequiredService<IOptions<StripeEmulatorOptions>>().Value.ApiVersion;
        if (replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        await context.Response.WriteAsync(response.Body.ToJsonString(StripeJson.Options));
    };

    private static async Task<(ApiResponse, bool)> RunAsync(
        HttpContext context, IServiceProvider services, Func<ApiRequest, ApiResponse> handler)
    {
        try
        {
            var apiKey = ApiKeyCheck.Authenticate(context.Request.Headers.Authorization);
            if (HttpMethods.IsGet(context.Request.Method) && services.GetRequiredService<ReadRateLimit>().TryRefuse(out var retryAfter))
            {
                context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                return (ApiResponse.Error(new StripeApiException(429, "invalid_request_error", "rate_limit",
                    "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.")), false);
            }

            var pairs = context.Request.Query.AsEnumerable();
            if (context.Request.HasFormContentType)
            {
                pairs = pairs.Concat(await context.Request.ReadFormAsync(context.RequestAborted));
            }

            var parameters = new FormParameters(pairs);
            var baseUrl = services.GetRequiredService<EmulatorRoutes>().BaseUrl(context.Request);
            var request = new ApiRequest(context, parameters, baseUrl);
            ApiResponse Execute()
            {
                try
                {
                    services.GetRequiredService<CheckoutFlow>().ApplyDue();
                    return handler(request);
                }
                catch (StripeApiException error)
                {
                    return ApiResponse.Error(error);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Stripe answers its own failures with an api_error body, never the host's error page.
                    services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiEndpoint))
                        .LogError(exception, "The Stripe emulator failed on {Path}", context.Request.Path);
                    return ApiResponse.Error(new StripeApiException(500, "api_error", null, "The Stripe emulator failed; see its log."));
                }
            }

            var idempotencyKey = context.Request.Headers["Idempotency-Key"].ToString();
            if (!HttpMethods.IsPost(context.Request.Method) || idempotencyKey.Length == 0)
            {
                return (Execute(), false);
            }

            var fingerprint = $"{context.Request.Method} {context.Request.Path}?{parameters.Fingerprint}";
            return await services.GetRequiredService<IdempotencyStore>()
                .RunAsync(apiKey, idempotencyKey, fingerprint, Execute);
        }
        catch (StripeApiException error)
        {
            return (ApiResponse.Error(error), false);
        }
    }
}
