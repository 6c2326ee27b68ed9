namespace Storefront.StripeEmulator.Api;

/// <summary>Stripe's Bearer authentication, test keys only: the emulator must never look like it took a live key.</summary>
public static class ApiKeyCheck
{
    public const string TestKeyPrefix = "sk_test_";

    /// <summary>The caller's key, or a 401 as Stripe words it.</summary>
    public static string Authenticate(string? authorization)
    {
        const string bearer = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            throw new StripeApiException(
                401, "invalid_request_error", null,
                "You did not provide an API key. You need to provide your API key in the Authorization header, " +
                "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        }

        var key = authorization[bearer.Length..].Trim();
        if (!key.StartsWith(TestKeyPrefix, StringComparison.Ordinal) || key.Length == TestKeyPrefix.Length)
        {
            throw new StripeApiException(
                401, "invalid_request_error", "api_key_invalid",
                $"Invalid API Key provided: {Redact(key)}. The Stripe emulator accepts only test secret keys (sk_test_…).");
        }

        return key;
    }

    private static string Redact(string key) => key.Length <= 8 ? "****" : $"{key[..8]}****{key[^4..]}";
}
