using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Storefront.Core.Payments;
using Stripe;

namespace Storefront.Web.Payments;

/// <summary>
/// <c>POST /webhooks/stripe</c>. Reads the raw body (the signature covers its exact bytes), checks the
/// <c>Stripe-Signature</c> header, and hands the event to <see cref="StripeWebhookProcessor"/>, which applies it
/// at most once. Anything it cannot verify gets a 400 with the reason and changes nothing.
/// </summary>
public static class StripeWebhookEndpoint
{
    public const string Path = "/webhooks/stripe";

    /// <summary>Stripe's own tolerance for the signature's timestamp, against replayed deliveries.</summary>
    public const long ToleranceSeconds = 300;

    // Stripe events are a few kilobytes; anything far larger is not one.
    private const int MaxBodyBytes = 512 * 1024;

    public static IEndpointConventionBuilder MapStripeWebhook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        StripeWebhookProcessor processor,
        IOptions<StripeOptions> stripe,
        TimeProvider time,
        ILogger<StripeWebhookProcessor> logger,
        CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The body is over {MaxBodyBytes} bytes.");
        }

        var signature = request.Headers["Stripe-Signature"].ToString();
        if (string.IsNullOrEmpty(signature))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The Stripe-Signature header is missing.");
        }

        Event stripeEvent;
        try
        {
            // Real accounts are pinned to older API versions than Stripe.net's; their events are still ours to apply.
            stripeEvent = EventUtility.ConstructEvent(
                body, signature, stripe.Value.WebhookSecret, ToleranceSeconds, time.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (Exception error) when (error is StripeException or JsonException)
        {
            logger.LogWarning("Refused a webhook delivery: {Reason}", error.Message);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"The event could not be verified: {error.Message}");
        }

        if (stripeEvent.ApiVersion != StripeConfiguration.ApiVersion)
        {
            logger.LogInformation(
                "Event {EventId} uses Stripe API version {EventVersion}; this store is built for {StoreVersion}.",
                stripeEvent.Id, stripeEvent.ApiVersion, StripeConfiguration.ApiVersion);
        }

        var result = await processor.ProcessAsync(stripeEvent, cancellationToken);
        logger.LogInformation(
            "Stripe event {EventId} ({Type}): {Outcome}", stripeEvent.Id, stripeEvent.Type,
            result.WasDuplicate ? "already processed" : result.Outcome?.Description);
        return Results.Ok(new { received = true, duplicate = result.WasDuplicate });
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
