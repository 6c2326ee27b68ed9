using System.Globalization;

namespace Storefront.Bench;

/// <summary>Command-line options; defaults keep one provider's run to about two minutes.</summary>
public sealed record Options(
    string Provider, string ConnectionString, string AppDirectory, int Port, string OutputPath, string LogPath,
    int Concurrency, TimeSpan Warmup, TimeSpan Duration, int CheckoutWarmup, int CheckoutCount1, int CheckoutCount8,
    int WebhookWarmup, int WebhookCount, string? PerfDirectory, int HomeWarmupCount, IReadOnlyDictionary<string, string> AppEnvironment,
    IReadOnlySet<string> Phases)
{
    public static readonly string[] AllPhases = ["catalog", "checkout", "webhooks"];

    /// <summary>Whether <paramref name="phase"/> (catalog, checkout or webhooks) runs; <c>--phases webhooks</c> profiles one alone.</summary>
    public bool Runs(string phase) => Phases.Contains(phase);

    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string key, string? fallback = null) =>
            map.TryGetValue(key, out var value) ? value : fallback ?? throw new ArgumentException($"--{key} is required");
        int Int(string key, int fallback) => int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new Options(
            Get("provider"), Get("connection"), Path.GetFullPath(Get("app-dir")), Int("port", 5099),
            Get("out"), Get("log", Path.Combine(Path.GetTempPath(), "storefront-bench-app.log")),
            Int("concurrency", 64), TimeSpan.FromSeconds(Int("warmup-seconds", 5)), TimeSpan.FromSeconds(Int("seconds", 10)),
            Int("checkout-warmup", 300), Int("checkout-c1", 200), Int("checkout-c8", 400),
            Int("webhook-warmup", 500), Int("webhook-events", 1500),
            map.TryGetValue("perf-dir", out var perfDirectory) ? Path.GetFullPath(perfDirectory) : null,
            Int("home-warmup", 600),
            // --app-env KEY=VALUE[;KEY=VALUE…]: extra environment for the app only (e.g. DOTNET_ runtime knobs).
            Get("app-env", "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]),
            PhaseList(Get("phases", string.Join(',', AllPhases))));
    }

    private static HashSet<string> PhaseList(string list)
    {
        var phases = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = phases.Except(AllPhases, StringComparer.OrdinalIgnoreCase).ToList();
        return unknown.Count == 0
            ? phases
            : throw new ArgumentException($"--phases: no phase {string.Join(", ", unknown)}; the phases are {string.Join(", ", AllPhases)}.");
    }
}
