using System.Text;

namespace Storefront.MemoryBench;

/// <summary>The Markdown table of the memory benchmark: per tab, from the differences between four readings.</summary>
public static class MemoryReport
{
    private const double CircuitTargetKb = 300;

    public static string Write(int tabs, MemoryReading baseline, MemoryReading browsed, MemoryReading left, MemoryReading interactive)
    {
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
            .AppendLine($"| managed heap held per browsing shopper once their browser closed | {perBrowser:F1} KB | nothing held | {(browsingCircuits == 0 && perBrowser < 1 ? "yes" : "**no**")} |")
            .AppendLine($"| managed heap per interactive circuit (cart editor; {cartCircuits} circuits) | {perCircuit:F1} KB | ≤ {CircuitTargetKb:F0} KB | {(perCircuit <= CircuitTargetKb ? "yes" : "**no**")} |")
            .AppendLine($"| working set per browsing shopper | {Kb(browsed.WorkingSetBytes - baseline.WorkingSetBytes, tabs):F1} KB | | |")
            .AppendLine($"| working set per interactive circuit | {Kb(interactive.WorkingSetBytes - left.WorkingSetBytes, Math.Max(1, cartCircuits)):F1} KB | | |")
            .AppendLine()
            .AppendLine($"Readings (circuits, managed heap, working set): baseline {Describe(baseline)}; after browsing {Describe(browsed)}; after they left {Describe(left)}; " +
                        $"after the cart tabs {Describe(interactive)}.");
        return text.ToString();
    }

    private static double Kb(long bytes, long count) => bytes / 1024.0 / count;

    private static string Describe(MemoryReading r) => $"{r.Circuits}, {r.ManagedBytes / 1048576.0:F1} MiB, {r.WorkingSetBytes / 1048576.0:F1} MiB";
}
