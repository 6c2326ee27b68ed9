using System.Net;
using System.Net.Sockets;

namespace Storefront.Tests.Production.Farm;

/// <summary>The loopback ports nginx listens on in the farm test, chosen before the instances start so they know their public address.</summary>
public sealed record FarmPorts(int Sticky, int PlainHttp, IReadOnlyList<int> Pinned)
{
    public static FarmPorts Choose(int instances)
    {
        // nginx binds its ports only after the instances have started, seconds later. A port the kernel handed out
        // (bind to port 0) is in its ephemeral range, where meanwhile any outgoing connection, to PostgreSQL say, may
        // take it as its own local port, and nginx fails with "address already in use". So the ports come from below
        // that range, which the kernel never hands out by itself; each is checked free, and all are held until all are known.
        var below = EphemeralRangeStart();
        var listeners = new List<TcpListener>();
        try
        {
            while (listeners.Count < instances + 2)
            {
                var listener = new TcpListener(IPAddress.Loopback, Random.Shared.Next(below - 8000, below));
                try
                {
                    listener.Start();
                    listeners.Add(listener);
                }
                catch (SocketException)
                {
                    // Taken by another test's server: try another.
                }
            }

            var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToList();
            return new FarmPorts(ports[0], ports[1], ports[2..]);
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }

    /// <summary>The address of the server block that proxies to instance <paramref name="index"/> only.</summary>
    public Uri PinnedUri(int index) => new($"https://127.0.0.1:{Pinned[index]}/");

    public Uri StickyUri => new($"https://127.0.0.1:{Sticky}/");

    private static int EphemeralRangeStart() =>
        int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split().First(), System.Globalization.CultureInfo.InvariantCulture);
}
