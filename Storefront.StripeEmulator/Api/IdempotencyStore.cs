using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Storefront.StripeEmulator.Api;

/// <summary>
/// Stripe's <c>Idempotency-Key</c>: a key replays the first response while the parameters match and is refused
/// when they do not. One gate per key, so that concurrent retries of one request run it once. As on Stripe, a key
/// is forgotten 24 hours after its first use.
/// </summary>
public sealed class IdempotencyStore(TimeProvider time)
{
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<(ApiResponse Response, bool Replayed)> RunAsync(
        string apiKey, string idempotencyKey, string fingerprint, Func<ApiResponse> execute)
    {
        var entry = _entries.GetOrAdd($"{apiKey}\n{idempotencyKey}", _ => new Entry());
        await entry.Gate.WaitAsync();
        try
        {
            if (entry.SavedAt + KeyLifetime <= time.GetUtcNow())
            {
                entry.Response = null;
            }

            if (entry.Response is { } saved)
            {
                if (entry.Fingerprint != fingerprint)
                {
                    throw new StripeApiException(
                        400, "idempotency_error", null,
                        "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
                        $"Try using a key other than '{idempotencyKey}' if you meant to execute a different request.");
                }

                return (new ApiResponse(saved.StatusCode, JsonNode.Parse(saved.Json)!.AsObject()), true);
            }

            var response = execute();

            // As on Stripe, a request refused before it ran (bad parameters) saves nothing and may be retried.
            if (response.StatusCode is < 400 or 402)
            {
                entry.Fingerprint = fingerprint;
                entry.Response = (response.StatusCode, response.Body.ToJsonString());
                entry.SavedAt = time.GetUtcNow();
            }

            return (response, false);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string? Fingerprint { get; set; }

        public DateTimeOffset SavedAt { get; set; }

        /// <summary>Kept as text, so that each replay writes its own copy and none shares a JSON tree across threads.</summary>
        public (int StatusCode, string Json)? Response { get; set; }
    }
}
