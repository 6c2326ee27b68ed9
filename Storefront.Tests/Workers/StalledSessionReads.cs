namespace Storefront.Tests.Workers;

/// <summary>
/// Sits in front of the store's Stripe HttpClient and holds every read of a Checkout Session until the request is
/// cancelled, so that a test can stop the store while an event is being applied.
/// </summary>
public sealed class StalledSessionReads : DelegatingHandler
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.Contains("/v1/checkout/sessions/cs_", StringComparison.Ordinal))
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
