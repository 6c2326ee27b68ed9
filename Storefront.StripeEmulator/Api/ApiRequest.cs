using Microsoft.AspNetCore.Http;

namespace Storefront.StripeEmulator.Api;

/// <summary>What a handler of Stripe's API needs: the parsed parameters and where the emulator is reachable.</summary>
public sealed class ApiRequest(HttpContext http, FormParameters parameters, string emulatorBaseUrl)
{
    public HttpContext Http { get; } = http;

    public FormParameters Parameters { get; } = parameters;

    /// <summary>Absolute URL of the emulator's root as the caller reached it (scheme, host, path base, prefix).</summary>
    public string EmulatorBaseUrl { get; } = emulatorBaseUrl;

    public string RouteId => (string)Http.Request.RouteValues["id"]!;

    /// <summary>The <c>expand[]</c> values, refusing any the object cannot expand.</summary>
    public IReadOnlySet<string> Expand(params string[] allowed)
    {
        var expand = Parameters.List("expand").ToHashSet(StringComparer.Ordinal);
        foreach (var item in expand.Where(e => !allowed.Contains(e, StringComparer.Ordinal)))
        {
            throw StripeApiException.Invalid("expand", $"This property cannot be expanded ({item}).");
        }

        return expand;
    }
}
