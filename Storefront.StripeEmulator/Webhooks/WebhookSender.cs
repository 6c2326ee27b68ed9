using System.Net.Mime;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.Hosting;

namespace Storefront.StripeEmulator.Webhooks;

/// <summary>Makes one signed POST of an event to an endpoint and records how it went; never throws for a bad endpoint.</summary>
public sealed class WebhookSender(
    IHttpClientFactory httpClients,
    IServer server,
    TimeProvider time,
    DeliveryLog log,
    IOptions<StripeEmulatorOptions> options)
{
    public const string HttpClientName = "Storefront.StripeEmulator.Webhooks";

    public async Task<DeliveryAttempt> SendAsync(
        StripeEvent stripeEvent, WebhookEndpointOptions endpoint, int attempt, string trigger, CancellationToken cancellation)
    {
        var sentAt = time.GetUtcNow();
        if (Resolve(endpoint.Url) is not { } url)
        {
            return Record(stripeEvent, endpoint.Url, attempt, trigger, null,
                "The host has no address yet to resolve a relative endpoint URL.", sentAt);
        }

        int? status = null;
        string? error = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(options.Value.WebhookTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(stripeEvent.Payload, Encoding.UTF8, MediaTypeNames.Application.Json),
            };
            request.Headers.Add("Stripe-Signature",
                WebhookSignature.Header(endpoint.Secret, sentAt.ToUnixTimeSeconds(), stripeEvent.Payload));
            request.Headers.UserAgent.ParseAdd("Stripe/1.0 (+https://stripe.com/docs/webhooks)");
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            error = $"Timed out after {options.Value.WebhookTimeout.TotalSeconds:0.###} s";
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever an endpoint does wrong is that attempt's failure, never the dispatcher's.
            error = exception.Message;
        }

        return Record(stripeEvent, url, attempt, trigger, status, error, sentAt);
    }

    private DeliveryAttempt Record(
        StripeEvent stripeEvent, string url, int attempt, string trigger, int? status, string? error, DateTimeOffset sentAt)
    {
        var result = new DeliveryAttempt(stripeEvent.Id, stripeEvent.Type, url, attempt, trigger, status, error,
            status is >= 200 and < 300, sentAt);
        log.Add(result);
        return result;
    }

    // "/webhooks/stripe" parses as an absolute file URI on Unix, hence the scheme check.
    private string? Resolve(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url
        : LocalServerAddress.Find(server) is { } root ? root + url
        : null;
}
