using System.Globalization;
using System.Text;

namespace Storefront.Bench;

/// <summary>One provider's section of bench/RESULTS.md: the spec's metrics beside the plaintext baseline, then every phase.</summary>
public static class Report
{
    public static string Write(
        Options options, IReadOnlyList<PhaseResult> results, double? appliedPerSecond, string diagnostics, IReadOnlyList<string> notes)
    {
        PhaseResult Find(string name) => results.FirstOrDefault(r => r.Name == name)
            ?? new PhaseResult(name + " (not measured)", 0, 0, [], 0, null);
        var plain = Find("plaintext");
        var home = Find(CatalogPhases.HomePhase);
        var product = Find(CatalogPhases.ProductPhase);
        var homeUncached = Find(CatalogPhases.HomePhase + CatalogPhases.Uncached);
        var productUncached = Find(CatalogPhases.ProductPhase + CatalogPhases.Uncached);
        var webhook = Find("webhook checkout.session.completed");
        var checkout1 = Find("checkout start c=1");
        var checkout8 = Find("checkout start c=8");

        var text = new StringBuilder();
        void Line(string s) => text.AppendLine(s);
        string Rate(double v) => v.ToString("N0", CultureInfo.InvariantCulture) + "/s";
        string Ms(double v) => v.ToString("F2", CultureInfo.InvariantCulture) + " ms";
        string Ratio(double v) => (v * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";
        string Met(bool ok) => ok ? "**met**" : "**missed**";

        // A run of some phases (--phases) judges only what it measured.
        string MetFor(PhaseResult[] measured, bool ok) => measured.Any(r => r.Requests == 0) ? "not measured" : Met(ok);

        string Other(PhaseResult r) => r.Cpu is { } u ? u.Other.ToString("F2", CultureInfo.InvariantCulture) : "?";
        string PerOp(PhaseResult r) => r.AppCpuMsPerOp is { } ms ? ms.ToString("F2", CultureInfo.InvariantCulture) : "?";
        var webhookRatio = webhook.PerSecond / plain.PerSecond;
        var homeRatio = home.PerSecond / plain.PerSecond;
        Line($"### {options.Provider}");
        Line("");
        Line($"Plaintext baseline (`GET /bench/plaintext`, c={plain.Concurrency}, {plain.Seconds:F0} s, same app process, same run): " +
             $"{Rate(plain.PerSecond)}, p50 {Ms(plain.PercentileMs(50))}, p99 {Ms(plain.PercentileMs(99))}.");
        Line("");
        Line("| Metric | Value | Plaintext baseline | Ratio | Target | Met? |");
        Line("|---|---:|---:|---:|---|---|");
        // Two different webhook numbers: "answered" is the endpoint (verified, stored durably, 200), "applied" is the
        // worker turning stored events into paid orders. Stripe only waits for the first; shoppers wait for the second.
        var appliedTarget = options.Provider == "Postgres" ? 500 : 1000;
        Line($"| (a) Webhooks **answered** (verified, stored, 200), c={webhook.Concurrency}: events/s | {Rate(webhook.PerSecond)} | {Rate(plain.PerSecond)} | {Ratio(webhookRatio)} | ≥ 10 % of plaintext | {MetFor([webhook, plain], webhookRatio >= 0.10)} |");
        Line($"| (a) Webhooks answered: p50 | {Ms(webhook.PercentileMs(50))} | {Ms(plain.PercentileMs(50))} | {webhook.PercentileMs(50) / plain.PercentileMs(50):F1}× | — | — |");
        Line($"| (a) Webhooks answered: p99 | {Ms(webhook.PercentileMs(99))} | {Ms(plain.PercentileMs(99))} | {webhook.PercentileMs(99) / plain.PercentileMs(99):F1}× | ≤ 50 ms | {MetFor([webhook], webhook.PercentileMs(99) <= 50)} |");
        Line(appliedPerSecond is { } applied
            ? $"| (a) Webhook events **applied** end to end (orders Paid): events/s | {Rate(applied)} | — | — | ≥ {appliedTarget:N0}/s | {Met(applied >= appliedTarget)} |"
            : $"| (a) Webhook events **applied** end to end | not measured | — | — | ≥ {appliedTarget:N0}/s | **missed** |");
        Line($"| (b) `GET /`, c={home.Concurrency}: requests/s | {Rate(home.PerSecond)} | {Rate(plain.PerSecond)} | {Ratio(homeRatio)} | ≥ 30 % of plaintext | {MetFor([home, plain], homeRatio >= 0.30)} |");
        Line($"| (b) `GET /` p50 / p99 | {Ms(home.PercentileMs(50))} / {Ms(home.PercentileMs(99))} | {Ms(plain.PercentileMs(50))} / {Ms(plain.PercentileMs(99))} | — | — | — |");
        Line($"| (b) Product page `{CatalogPhases.ProductPhase}`, c={product.Concurrency}: requests/s | {Rate(product.PerSecond)} | {Rate(plain.PerSecond)} | {Ratio(product.PerSecond / plain.PerSecond)} | ≥ 30 % of plaintext | {MetFor([product, plain], product.PerSecond / plain.PerSecond >= 0.30)} |");
        Line($"| (b) `GET /` rendered afresh (page cache off): app CPU per request | {PerOp(homeUncached)} ms | {PerOp(plain)} ms | — | ≤ 1 ms | {MetFor([homeUncached], homeUncached.AppCpuMsPerOp <= 1)} |");
        Line($"| (b) Product page rendered afresh: app CPU per request, requests/s | {PerOp(productUncached)} ms, {Rate(productUncached.PerSecond)} | {PerOp(plain)} ms | — | — | — |");
        Line($"| (c) Checkout start, c=1: p50 | {Ms(checkout1.PercentileMs(50))} | {Ms(plain.PercentileMs(50))} | {checkout1.PercentileMs(50) / plain.PercentileMs(50):F1}× | ≤ 20 ms | {MetFor([checkout1], checkout1.PercentileMs(50) <= 20)} |");
        Line($"| (c) Checkout start, c=1: p99 | {Ms(checkout1.PercentileMs(99))} | {Ms(plain.PercentileMs(99))} | — | — | — |");
        Line($"| (c) Checkout start, c=8: p50 / p99 | {Ms(checkout8.PercentileMs(50))} / {Ms(checkout8.PercentileMs(99))} | — | — | p99 ≤ 50 ms | {MetFor([checkout8], checkout8.PercentileMs(99) <= 50)} |");
        Line("");
        var contended = new[] { plain, home, webhook, checkout1 }.Any(r => r.Cpu is { } u && u.Other > (options.Provider == "Postgres" ? 0.6 : 0.3));
        Line($"App CPU per operation: plaintext {PerOp(plain)} ms, `GET /` {PerOp(home)} ms, webhook {PerOp(webhook)} ms, checkout start (c=1, incl. the untimed add-to-cart) {PerOp(checkout1)} ms. " +
             $"CPU used by other processes during those phases: {Other(plain)} / {Other(home)} / {Other(webhook)} / {Other(checkout1)} cores of 2" +
             (options.Provider == "Postgres" ? " (PostgreSQL included)." : "."));
        if (contended)
        {
            Line("");
            Line("> **Contended run:** other work on the machine took a large share of the 2 cores during measured phases, so throughput " +
                 "and latency here are worse than the app can do on its own; app CPU ms/op is the steadier figure to compare.");
        }

        Line("");
        Line("Every phase (latencies are client-observed on loopback; CPU is cores busy on average, of 2):");
        Line("");
        Line("| Phase | Conc. | Ops | Errors | Seconds | Ops/s | p50 ms | p99 ms | max ms | CPU app / loadgen / other | App CPU ms/op |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var r in results)
        {
            var cpu = r.Cpu is { } u ? $"{u.Server:F2} / {u.LoadGenerator:F2} / {u.Other:F2}" : "";
            var perOp = r.AppCpuMsPerOp is { } ms ? ms.ToString("F2", CultureInfo.InvariantCulture) : "";
            Line($"| {r.Name} | {r.Concurrency} | {r.Requests} | {r.Errors} | {r.Seconds:F1} | {r.PerSecond:F0} | {r.PercentileMs(50):F2} | {r.PercentileMs(99):F2} | {r.MaxMs:F1} | {cpu} | {perOp} |");
        }

        Line("");
        foreach (var r in results.Where(r => r.FirstError is not null))
        {
            Line($"- First error in *{r.Name}*: `{r.FirstError}`");
        }

        foreach (var note in notes)
        {
            Line($"- {note}");
        }

        if (diagnostics.Length > 0)
        {
            Line("");
            Line(diagnostics);
        }

        return text.ToString();
    }
}
