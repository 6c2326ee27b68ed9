using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Storefront.MemoryBench;

/// <summary>
/// Heap snapshots of the app with <c>dotnet-gcdump</c> (a local tool of the repo): the live objects alone, as the
/// collector's graph walk finds them, and their bytes by type. A reading of the heap's size also counts free space
/// that compaction left in the heap's segments, which comes and goes by tens of kilobytes per shopper; two
/// snapshots tell what is really still referenced.
/// </summary>
public sealed partial class GcDumps(string directory, int pid, string repository)
{
    public sealed record Snapshot(long LiveBytes, IReadOnlyDictionary<string, long> BytesByType);

    public async Task<Snapshot> TakeAsync(string name)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name + ".gcdump");
        await ToolAsync("collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file);
        var report = await ToolAsync("report", file);
        var byType = new Dictionary<string, long>();
        long? total = null;
        foreach (var line in report.Split('\n'))
        {
            if (Line().Match(line) is not { Success: true } row)
            {
                continue;
            }

            var bytes = long.Parse(row.Groups["bytes"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            var what = SizeNote().Replace(row.Groups["what"].Value.Trim(), "");
            if (what == "GC Heap bytes")
            {
                total = bytes;
            }
            else if (row.Groups["count"].Success)
            {
                byType[what] = byType.GetValueOrDefault(what) + bytes;
            }
        }

        return new Snapshot(total ?? throw new InvalidOperationException($"dotnet-gcdump report gave no heap total:\n{report}"), byType);
    }

    /// <summary>The types whose live bytes grew the most from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static IEnumerable<(string Type, long Bytes)> Grown(Snapshot before, Snapshot after, int top) =>
        after.BytesByType.Select(t => (Type: t.Key, Bytes: t.Value - before.BytesByType.GetValueOrDefault(t.Key)))
            .Where(t => t.Bytes > 0).OrderByDescending(t => t.Bytes).Take(top);

    private async Task<string> ToolAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repository };
        foreach (var argument in new[] { "tool", "run", "dotnet-gcdump" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var tool = Process.Start(start)!;
        var output = tool.StandardOutput.ReadToEndAsync();
        var errors = tool.StandardError.ReadToEndAsync();
        await tool.WaitForExitAsync();
        return tool.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"dotnet-gcdump {arguments[0]} failed ({tool.ExitCode}): {await errors}{await output}");
    }

    // "  144,168   46  OpenTelemetry.Metrics.MetricPoint[] (Bytes > 100K)  [OpenTelemetry.dll]", or "24,076,019  GC Heap bytes".
    [GeneratedRegex(@"^\s*(?<bytes>[\d,]+)\s+(?:(?<count>[\d,]+)\s+)?(?<what>\S.*)$")]
    private static partial Regex Line();

    [GeneratedRegex(@"\s*\(Bytes > [^)]*\)")]
    private static partial Regex SizeNote();
}
