using Microsoft.AspNetCore.Http;

namespace Storefront.StripeEmulator.Hosting;

/// <summary>Where the emulator is mounted, to build absolute URLs (a session's <c>url</c>) from the incoming request.</summary>
public sealed class EmulatorRoutes
{
    public string Prefix { get; internal set; } = "";

    public string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}";
}
