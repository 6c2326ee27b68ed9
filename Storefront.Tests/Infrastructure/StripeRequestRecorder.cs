using System.Collections.Concurrent;
using System.Net;

namespace Storefront.Tests.Infrastructure;

/// <summary>Sits in front of the store's Stripe HttpClient and keeps the decoded form body of every Checkout Session it creates.</summary>
public sealed class StripeRequestRecorder : DelegatingHandler
{
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> SessionsCreated { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/v1/checkout/sessions", StringComparison.Ordinal))
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            SessionsCreated.Enqueue(body.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => WebUtility.UrlDecode(pair[0]), pair => WebUtility.UrlDecode(pair.ElementAtOrDefault(1) ?? "")));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
