using System.Text;

namespace Storefront.Bench;

/// <summary>What every phase of one provider's run shares: the app's shop, its CPU and database, and what is reported.</summary>
public sealed class BenchRun(Options options, Shop shop, CpuMonitor cpu, Profiler perf, BenchDatabase db, bool statementStats)
{
    public Options Options => options;

    public Shop Shop => shop;

    public CpuMonitor Cpu => cpu;

    public Profiler Perf => perf;

    public BenchDatabase Db => db;

    /// <summary>PostgreSQL's pg_stat_statements is there: phases report what their statements cost.</summary>
    public bool StatementStats => statementStats;

    public List<PhaseResult> Results { get; } = [];

    public StringBuilder Diagnostics { get; } = new();

    public List<string> Notes { get; } = [];

    public double? AppliedPerSecond { get; set; }

    public bool BrokeOff { get; set; }

    public async Task ResetStatementsAsync()
    {
        if (statementStats)
        {
            await db.ResetStatementStatsAsync();
        }
    }

    public async Task ReportStatementsAsync(string title, long operations, int top)
    {
        if (statementStats)
        {
            Diagnostics.AppendLine($"#### PostgreSQL statements per {title}").AppendLine().AppendLine(await db.StatementStatsAsync(operations, top));
        }
    }

    /// <summary>The app's own CPU use with no load at all (background jobs, the emulator's sweeper), to read the rest against.</summary>
    public async Task<CpuUsage> IdleAsync()
    {
        var start = cpu.Sample();
        await Task.Delay(TimeSpan.FromSeconds(3));
        return cpu.Since(start, 3);
    }

    /// <summary>Times only <paramref name="call"/>.</summary>
    public static async Task<bool> Timed(LoadGenerator.Timer timer, Func<Task<bool>> call)
    {
        timer.Start();
        var ok = await call();
        timer.Stop();
        return ok;
    }
}
