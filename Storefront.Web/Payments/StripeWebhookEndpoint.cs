using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Storefront.Core.Payments;
using Storefront.Core.Payments.Ingest;
using Stripe;

namespace Storefront.Web.Payments;

/// <summary>
/// <c>POST /webhooks/stripe</c>. Reads the raw body (the signature covers its exact bytes), checks the
/// <c>Stripe-Signature</c> header, hands the event to the <see cref="WebhookIngestQueue"/> and answers 200 once the batch it
/// was written in has committed, so an answered event is durable; the inbox worker applies it later, at most once. Anything
/// it cannot verify gets a 400 with the reason and changes nothing; a full queue a 503 and a failed commit a 500, both of
/// which Stripe delivers again.
/// </summary>
public static class StripeWebhookEndpoint
{
    public const string Path = "/webhooks/stripe";

    /// <summary>Stripe's own tolerance for the signature's timestamp, against replayed deliveries.</summary>
    public const long ToleranceSeconds = 300;

    /// <summary>What a 503 asks Stripe to wait: the writer empties a full queue within moments.</summary>
    public const string RetryAfterSeconds = "1";

    // Stripe events are a few kilobytes; anything far larger is not one.
    private const int MaxBodyBytes = 512 * 1024;

    public static IEndpointConventionBuilder MapStripeWebhook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        WebhookIngestQueue queue,
        IOptions<StripeOptions> stripe,
        TimeProvider time,
        ILogger<WebhookIngestQueue> logger,
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

        try
        {
            EventUtility.ValidateSignature(body, signature, stripe.Value.WebhookSecret, ToleranceSeconds, time.GetUtcNow().ToUnixTimeSeconds());
        }
        catch (StripeException error)
        {
            logger.LogWarning("Refused a webhook delivery: {Reason}", error.Message);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"The event could not be verified: {error.Message}");
        }

        if (ReadHeader(body) is not var (eventId, type, apiVersion))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The body is not a Stripe event (no id or type).");
        }

        if (apiVersion != StripeConfiguration.ApiVersion)
        {
            // Real accounts are pinned to older API versions than Stripe.net's; their events are still ours to apply.
            logger.LogInformation(
                "Event {EventId} uses Stripe API version {EventVersion}; this store is built for {StoreVersion}.",
                eventId, apiVersion, StripeConfiguration.ApiVersion);
        }

        if (queue.TryAdd(eventId, type, body) is not { } received)
        {
            request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                detail: "Too many events are waiting to be stored; deliver this one again shortly.");
        }

        bool stored;
        try
        {
            stored = await received.Stored.WaitAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The writer logged why; the event was not stored and Stripe's next delivery tries again.
            return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, detail: "The event could not be stored; deliver it again.");
        }

        return Results.Ok(new { received = true, duplicate = !stored });
    }

    /// <summary>Just the id, type and API version: the full event is parsed when it is applied.</summary>
    private static (string Id, string Type, string? ApiVersion)? ReadHeader(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object &&
                   root.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } eventId &&
                   root.TryGetProperty("type", out var type) && type.GetString() is { Length: > 0 } eventType
                ? (eventId, eventType, root.TryGetProperty("api_version", out var version) ? version.GetString() : null)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
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
