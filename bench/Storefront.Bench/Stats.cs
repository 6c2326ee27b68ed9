namespace Storefront.Bench;

/// <summary>What one measured phase saw: every latency, exactly, and the wall time it took.</summary>
public sealed class PhaseResult(string name, int concurrency, double seconds, long[] latencyTicks, long errors, string? firstError)
{
    public string Name { get; } = name;

    public int Concurrency { get; } = concurrency;

    public double Seconds { get; } = seconds;

    public long Requests => latencyTicks.Length;

    public long Errors { get; } = errors;

    public string? FirstError { get; } = firstError;

    /// <summary>Completed (successful) operations per second of wall time.</summary>
    public double PerSecond => Seconds > 0 ? Requests / Seconds : 0;

    public CpuUsage? Cpu { get; set; }

    /// <summary>Milliseconds of the app's CPU per completed operation, when the phase watched the CPU and completed any.</summary>
    public double? AppCpuMsPerOp => Cpu is { } cpu && Requests > 0 ? cpu.Server * Seconds * 1000 / Requests : null;

    private readonly long[] _sorted = Sorted(latencyTicks);

    /// <summary>Nearest-rank percentile in milliseconds over every recorded latency.</summary>
    public double PercentileMs(double p)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * _sorted.Length);
        var index = Math.Clamp(rank - 1, 0, _sorted.Length - 1);
        return _sorted[index] * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
    }

    public double MeanMs => _sorted.Length == 0 ? double.NaN : _sorted.Average() * 1000.0 / System.Diagnostics.Stopwatch.Frequency;

    public double MaxMs => _sorted.Length == 0 ? double.NaN : _sorted[^1] * 1000.0 / System.Diagnostics.Stopwatch.Frequency;

    private static long[] Sorted(long[] values)
    {
        var copy = (long[])values.Clone();
        Array.Sort(copy);
        return copy;
    }

    public override string ToString() =>
        $"{Name}: c={Concurrency} n={Requests} err={Errors} {Seconds:F1}s {PerSecond:F0}/s " +
        $"p50={PercentileMs(50):F2}ms p99={PercentileMs(99):F2}ms max={MaxMs:F1}ms" +
        (Cpu is { } cpu ? $" cpu[{cpu}; app {AppCpuMsPerOp:F2} ms/op]" : "") +
        (FirstError is { } e ? $" first error: {e}" : "");
}
