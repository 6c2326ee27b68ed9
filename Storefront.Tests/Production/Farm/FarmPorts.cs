using System.Net;
using System.Net.Sockets;

namespace Storefront.Tests.Production.Farm;

/// <summary>The loopback ports nginx listens on in the farm test, chosen before the instances start so they know their public address.</summary>
public sealed record FarmPorts(int Sticky, int PlainHttp, IReadOnlyList<int> Pinned)
{
    public static FarmPorts Choose(int instances)
    {
        // Held together until all are known, so no two are the same.
        var listeners = Enumerable.Range(0, instances + 2).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(listener => listener.Start());
        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToList();
        listeners.ForEach(listener => listener.Stop());
        return new FarmPorts(ports[0], ports[1], ports[2..]);
    }

    /// <summary>The address of the server block that proxies to instance <paramref name="index"/> only.</summary>
    public Uri PinnedUri(int index) => new($"https://127.0.0.1:{Pinned[index]}/");

    public Uri StickyUri => new($"https://127.0.0.1:{Sticky}/");
}
