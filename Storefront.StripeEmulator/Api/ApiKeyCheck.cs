namespace Storefront.StripeEmulator.Api;

/// <summary>
/// Stripe's authentication, test keys only: the emulator must never look like it took a live key. Bearer is what
/// Stripe.net sends; Basic with the key as user name is what Stripe's curl examples use.
/// </summary>
public static class ApiKeyCheck
{
    public const string TestKeyPrefix = "sk_test_";

    /// <summary>The caller's key, or a 401 as Stripe words it.</summary>
    public static string Authenticate(string? authorization)
    {
        const string bearer = "Bearer ";
        const string basic = "Basic ";
        string? key = null;
        if (authorization?.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) == true)
        {
            key = authorization[bearer.Length..].Trim();
        }
        else if (authorization?.StartsWith(basic, StringComparison.OrdinalIgnoreCase) == true)
        {
            key = DecodeBasicUser(authorization[basic.Length..].Trim());
        }

        if (string.IsNullOrEmpty(key))
        {
            throw new StripeApiException(
                401, "invalid_request_error", null,
                "You did not provide an API key. You need to provide your API key in the Authorization header, " +
                "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        }

        if (!key.StartsWith(TestKeyPrefix, StringComparison.Ordinal) || key.Length == TestKeyPrefix.Length)
        {
            throw new StripeApiException(
                401, "invalid_request_error", "api_key_invalid",
                $"Invalid API Key provided: {Redact(key)}. The Stripe emulator accepts only test secret keys (sk_test_…).");
        }

        return key;
    }

    private static string? DecodeBasicUser(string credentials)
    {
        var buffer = new byte[credentials.Length];
        return Convert.TryFromBase64String(credentials, buffer, out var length)
            ? System.Text.Encoding.UTF8.GetString(buffer, 0, length).Split(':')[0]
            : null;
    }

    private static string Redact(string key) => key.Length <= 8 ? "****" : $"{key[..8]}****{key[^4..]}";
}
