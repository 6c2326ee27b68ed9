using System.Net.Http.Json;

namespace Storefront.MemoryBench;

/// <summary>One answer of the app's <c>GET /bench/memory</c>: live managed heap after a full collection, working set, circuits.</summary>
public sealed record MemoryReading(long Circuits, long ManagedBytes, long WorkingSetBytes)
{
    public static async Task<MemoryReading> ReadAsync(HttpClient http) =>
        await http.GetFromJsonAsync<MemoryReading>("/bench/memory") ?? throw new InvalidOperationException("/bench/memory answered nothing.");

    /// <summary>
    /// Reads until two readings in a row hold the same circuits and heap within 1 %: closed connections are let go of as
    /// the server notices them.
    /// </summary>
    public static async Task<MemoryReading> WhenSettledAsync(HttpClient http, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var last = await ReadAsync(http);
        while (true)
        {
            await Task.Delay(500);
            var reading = await ReadAsync(http);
            var settled = reading.Circuits == last.Circuits && Math.Abs(reading.ManagedBytes - last.ManagedBytes) <= last.ManagedBytes / 100;
            if (settled || DateTime.UtcNow > deadline)
            {
                return reading;
            }

            last = reading;
        }
    }

    /// <summary>Reads until the app holds at least <paramref name="circuits"/> circuits: tabs connect after they load.</summary>
    public static async Task<MemoryReading> WhenCircuitsAsync(HttpClient http, long circuits, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var reading = await ReadAsync(http);
            if (reading.Circuits >= circuits || DateTime.UtcNow > deadline)
            {
                return reading;
            }

            await Task.Delay(500);
        }
    }
}
