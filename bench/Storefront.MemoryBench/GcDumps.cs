using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Storefront.MemoryBench;

/// <summary>
/// Heap snapshots of the app with <c>dotnet-gcdump</c> (a local tool of the repo): the live objects alone, as the
/// collector's graph walk finds them, and how many there are of each type. A reading of the heap's size also counts
/// free space that compaction left in the heap's segments; two snapshots tell what is really still referenced.
/// </summary>
public sealed partial class GcDumps(string directory, int pid, string repository)
{
    public sealed record Snapshot(long LiveBytes, IReadOnlyDictionary<string, long> ObjectsByType);

    public async Task<Snapshot> TakeAsync(string name)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name + ".gcdump");
        await ToolAsync("collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file);
        var report = await ToolAsync("report", file);
        var objectsByType = new Dictionary<string, long>();
        long? total = null;
        foreach (var line in report.Split('\n'))
        {
            if (Line().Match(line) is not { Success: true } row)
            {
                continue;
            }

            var what = SizeNote().Replace(row.Groups["what"].Value.Trim(), "");
            if (what == "GC Heap bytes")
            {
                total = Number(row.Groups["bytes"].Value);
            }
            else if (row.Groups["count"].Success)
            {
                // A type's row gives the size of one of its objects, not of them all (strings and arrays differ in
                // size), so only its count can be compared between snapshots; a type is split over several rows by size.
                objectsByType[what] = objectsByType.GetValueOrDefault(what) + Number(row.Groups["count"].Value);
            }
        }

        return new Snapshot(total ?? throw new InvalidOperationException($"dotnet-gcdump report gave no heap total:\n{report}"), objectsByType);
    }

    /// <summary>The types whose count of live objects grew the most from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static IEnumerable<(string Type, long Objects)> Grown(Snapshot before, Snapshot after, int top) =>
        after.ObjectsByType.Select(t => (Type: t.Key, Objects: t.Value - before.ObjectsByType.GetValueOrDefault(t.Key)))
            .Where(t => t.Objects > 0).OrderByDescending(t => t.Objects).Take(top);

    private static long Number(string digits) => long.Parse(digits.Replace(",", ""), CultureInfo.InvariantCulture);

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
