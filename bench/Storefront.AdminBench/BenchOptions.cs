namespace Storefront.AdminBench;

public sealed record BenchOptions(string Provider, string ConnectionString, int Orders, int Warmup, int Runs, string OutputPath)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Required(string name) =>
            values.GetValueOrDefault(name) ?? throw new ArgumentException($"{name} is required.");
        int Number(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value) : fallback;

        return new BenchOptions(
            Required("--provider"), Required("--connection"), Number("--orders", 1_000_000), Number("--warmup", 3), Number("--runs", 20),
            Required("--out"));
    }
}
