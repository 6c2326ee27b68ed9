using System.Text;

namespace Storefront.MemoryBench;

/// <summary>The Markdown table of the memory benchmark: per tab, from the differences between four readings.</summary>
public static class MemoryReport
{
    private const double CircuitTargetKb = 300;

    public static string Write(
        int tabs, MemoryReading baseline, MemoryReading browsed, MemoryReading left, MemoryReading interactive,
        GcDumps.Snapshot baselineObjects, GcDumps.Snapshot leftObjects)
    {
        var heldBytes = Kb(leftObjects.LiveBytes - baselineObjects.LiveBytes, tabs);
        // Whatever a server keeps for a visitor (a cart entry, a session, a cache key) is at least one object each, so
        // "nothing held" is no type with as many more live objects as there were shoppers. Bytes alone move by
        // kilobytes per shopper with nothing held: lazily built caches, and what dotnet-gcdump's sampling misses.
        var grown = GcDumps.Grown(baselineObjects, leftObjects, 6).ToList();
        var mostGrown = grown.Count == 0 ? 0 : grown[0].Objects;
        var nothingHeld = mostGrown < tabs;
        var browsingCircuits = browsed.Circuits - baseline.Circuits;
        var cartCircuits = interactive.Circuits - left.Circuits;
        var perOpenTab = Kb(browsed.ManagedBytes - baseline.ManagedBytes, tabs);
        var perBrowser = Kb(left.ManagedBytes - baseline.ManagedBytes, tabs);
        var perCircuit = Kb(interactive.ManagedBytes - left.ManagedBytes, Math.Max(1, cartCircuits));
        var text = new StringBuilder()
            .AppendLine("| | value | target | met? |")
            .AppendLine("|---|---|---|---|")
            .AppendLine($"| circuits held for {tabs} shoppers who browsed and added to cart | {browsingCircuits} | 0 | {(browsingCircuits == 0 ? "yes" : "**no**")} |")
            .AppendLine($"| managed heap per browsing shopper, their tab still open (its idle keep-alive connections) | {perOpenTab:F1} KB | | |")
            .AppendLine($"| live objects of any one type held per browsing shopper once their browser closed (`dotnet-gcdump`) | {(double)mostGrown / tabs:F2} | nothing held: < 1 | {(browsingCircuits == 0 && nothingHeld ? "yes" : "**no**")} |")
            .AppendLine($"| live bytes per browsing shopper once their browser closed (`dotnet-gcdump`) | {heldBytes:F2} KB | | |")
            .AppendLine($"| managed heap size per browsing shopper once their browser closed (live objects and free space) | {perBrowser:F1} KB | | |")
            .AppendLine($"| managed heap per interactive circuit (cart editor; {cartCircuits} circuits) | {perCircuit:F1} KB | ≤ {CircuitTargetKb:F0} KB | {(perCircuit <= CircuitTargetKb ? "yes" : "**no**")} |")
            .AppendLine($"| working set per browsing shopper | {Kb(browsed.WorkingSetBytes - baseline.WorkingSetBytes, tabs):F1} KB | | |")
            .AppendLine($"| working set per interactive circuit | {Kb(interactive.WorkingSetBytes - left.WorkingSetBytes, Math.Max(1, cartCircuits)):F1} KB | | |")
            .AppendLine()
            .AppendLine($"Readings (circuits, managed heap, working set): baseline {Describe(baseline)}; after browsing {Describe(browsed)}; after they left {Describe(left)}; " +
                        $"after the cart tabs {Describe(interactive)}.")
            .AppendLine()
            .AppendLine($"Live objects (`dotnet-gcdump`): {baselineObjects.LiveBytes / 1048576.0:F2} MiB before the measured browsing shoppers came, " +
                        $"{leftObjects.LiveBytes / 1048576.0:F2} MiB after they left. The types whose count grew most meanwhile: " +
                        (grown.Count == 0 ? "none" : string.Join("; ", grown.Select(t => $"`{t.Type}` +{t.Objects:N0}"))) + ".");
        return text.ToString();
    }

    private static double Kb(long bytes, long count) => bytes / 1024.0 / count;

    private static string Describe(MemoryReading r) => $"{r.Circuits}, {r.ManagedBytes / 1048576.0:F1} MiB, {r.WorkingSetBytes / 1048576.0:F1} MiB";
}
