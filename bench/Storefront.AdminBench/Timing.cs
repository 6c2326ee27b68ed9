using System.Diagnostics;

namespace Storefront.AdminBench;

/// <summary>One query's timings: warm-up runs first (not kept), then every measured run, exactly.</summary>
public sealed record Timing(string Name, string Result, double[] Milliseconds)
{
    public const double TargetMs = 200;

    public double MedianMs => Percentile(50);

    public double P95Ms => Percentile(95);

    public static async Task<Timing> MeasureAsync<T>(string name, Func<Task<T>> query, Func<T, string> describe, int warmup, int runs)
    {
        var result = default(T);
        for (var i = 0; i < warmup; i++)
        {
            result = await query();
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            result = await query();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return new Timing(name, describe(result!), times);
    }

    // Nearest rank over the sorted runs.
    private double Percentile(double p)
    {
        var sorted = Milliseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
