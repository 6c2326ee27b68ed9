using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Storefront.StripeEmulator.Hosting;

/// <summary>
/// The address this process listens on, for calling itself. Known only once the server listens, so read late.
/// Wildcard hosts become loopback, and plain HTTP is preferred so that no certificate has to be trusted.
/// </summary>
public static class LocalServerAddress
{
    public static string? Find(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        var uri = new UriBuilder(chosen.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
