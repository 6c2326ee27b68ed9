using System.Globalization;

namespace Storefront.Bench;

/// <summary>CPU time of the app's process, of this load generator and of the whole machine, from /proc.</summary>
public sealed class CpuMonitor(int serverPid)
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ on Linux

    public sealed record Snapshot(double Server, double Self, double MachineBusy);

    public Snapshot Sample() => new(ProcessSeconds(serverPid), ProcessSeconds(Environment.ProcessId), MachineBusySeconds());

    public CpuUsage Since(Snapshot start, double wallSeconds)
    {
        var now = Sample();
        return new CpuUsage(
            (now.Server - start.Server) / wallSeconds,
            (now.Self - start.Self) / wallSeconds,
            (now.MachineBusy - start.MachineBusy) / wallSeconds);
    }

    private static double ProcessSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // utime and stime are fields 14 and 15 of the full line, 12 and 13 after "pid (comm) ".
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static double MachineBusySeconds()
    {
        var line = File.ReadLines("/proc/stat").First();
        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = values[3] + values[4]; // idle + iowait
        return (values.Sum() - idle) / TicksPerSecond;
    }
}

/// <summary>Cores busy on average during a phase (2.0 = both cores of this machine).</summary>
public sealed record CpuUsage(double Server, double LoadGenerator, double Machine)
{
    public double Other => Math.Max(0, Machine - Server - LoadGenerator);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"app {Server:F2}, loadgen {LoadGenerator:F2}, other {Other:F2} cores");
}
