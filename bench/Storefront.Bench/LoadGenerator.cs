using System.Diagnostics;

namespace Storefront.Bench;

/// <summary>
/// A closed-loop generator: N workers, each sending its next request as soon as the last one answered.
/// A phase runs for a fixed time or a fixed number of operations (with a time limit), never open-ended.
/// </summary>
public static class LoadGenerator
{
    /// <summary>One operation; true when it succeeded. Only the time inside <paramref name="timed"/> counts.</summary>
    public delegate Task<bool> Operation(int worker, long index, Timer timed);

    /// <summary>Lets an operation exclude set-up work (such as filling a cart) from the latency it reports.</summary>
    public sealed class Timer
    {
        private long _start;

        public long Elapsed { get; private set; }

        public void Start() => _start = Stopwatch.GetTimestamp();

        public void Stop() => Elapsed = Stopwatch.GetTimestamp() - _start;
    }

    public static Task<PhaseResult> ForDurationAsync(string name, int concurrency, TimeSpan duration, Operation operation, CpuMonitor? cpu) =>
        RunAsync(name, concurrency, long.MaxValue, duration, operation, cpu);

    /// <summary>
    /// Warm-up: at least <paramref name="minimum"/> time and at least <paramref name="count"/> operations (so that
    /// tiered JIT compilation reaches its optimized code for a slow page too), but never longer than <paramref name="limit"/>.
    /// </summary>
    public static async Task WarmUpAsync(string name, int concurrency, TimeSpan minimum, long count, TimeSpan limit, Operation operation)
    {
        var started = Stopwatch.GetTimestamp();
        long done = 0;
        while (Stopwatch.GetElapsedTime(started) < limit)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var round = await RunAsync(name, concurrency, long.MaxValue, Min(limit - elapsed, minimum > elapsed ? minimum - elapsed : TimeSpan.FromSeconds(2)), operation, null);
            done += round.Requests + round.Errors;
            if (Stopwatch.GetElapsedTime(started) >= minimum && done >= count)
            {
                return;
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    public static Task<PhaseResult> ForCountAsync(string name, int concurrency, long count, TimeSpan limit, Operation operation, CpuMonitor? cpu) =>
        RunAsync(name, concurrency, count, limit, operation, cpu);

    private static async Task<PhaseResult> RunAsync(
        string name, int concurrency, long count, TimeSpan limit, Operation operation, CpuMonitor? cpu)
    {
        var latencies = new List<long>[concurrency];
        long next = -1;
        long errors = 0;
        string? firstError = null;
        var cpuStart = cpu?.Sample();
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(limit.TotalSeconds * Stopwatch.Frequency);

        async Task WorkerAsync(int worker)
        {
            var mine = latencies[worker] = new List<long>(4096);
            var timer = new Timer();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= count)
                {
                    return;
                }

                try
                {
                    timer.Start();
                    var ok = await operation(worker, index, timer);
                    if (ok)
                    {
                        mine.Add(timer.Elapsed);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception error)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{error.GetType().Name}: {error.Message}", null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(() => WorkerAsync(w))));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var result = new PhaseResult(name, concurrency, seconds, latencies.SelectMany(l => l).ToArray(), errors, firstError);
        if (cpu is not null && cpuStart is not null)
        {
            result.Cpu = cpu.Since(cpuStart, seconds);
        }

        Console.WriteLine($"    {result}");
        return result;
    }
}
