using Microsoft.AspNetCore.Http;

namespace Storefront.Tests.Production;

internal sealed record RemoteResponse(int StatusCode, IHeaderDictionary Headers, string Body)
{
    public string SetCookie(string name) =>
        Headers.SetCookie.FirstOrDefault(cookie => cookie!.StartsWith(name + "=", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"The response sets no {name} cookie.");
}
