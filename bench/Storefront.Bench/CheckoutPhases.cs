using System.Collections.Concurrent;

namespace Storefront.Bench;

/// <summary>(c) Checkout start: a fresh cart with one item (not timed), then <c>POST /checkout</c> (timed), answered 303 to the payment page.</summary>
public sealed class CheckoutPhases(BenchRun run, int[] productIds)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>The sessions every checkout started, for the webhook phases to pay.</summary>
    public ConcurrentBag<string> Sessions { get; } = [];

    public async Task RunAsync()
    {
        var options = run.Options;
        await LoadGenerator.ForCountAsync("checkout start warm-up", 8, options.CheckoutWarmup, Limit, Checkout, null);
        await run.ResetStatementsAsync();
        var checkout1 = await run.Perf.RecordAsync("checkout-c1", () => LoadGenerator.ForCountAsync("checkout start c=1", 1, options.CheckoutCount1, Limit, Checkout, run.Cpu));
        await run.ReportStatementsAsync("checkout start (`POST /checkout`, c=1)", checkout1.Requests, 12);
        var checkout8 = await LoadGenerator.ForCountAsync("checkout start c=8", 8, options.CheckoutCount8, Limit, Checkout, run.Cpu);
        run.Results.Add(checkout1);
        run.Results.Add(checkout8);
    }

    /// <summary>Starts checkouts until there are <paramref name="count"/> sessions, and returns that many.</summary>
    public async Task<string[]> AtLeastAsync(int count)
    {
        var more = Math.Max(0, count - Sessions.Count);
        run.Results.Add(await LoadGenerator.ForCountAsync("prepare: more orders (checkout start)", 8, more, TimeSpan.FromSeconds(180), Checkout, run.Cpu));
        return Sessions.Take(count).ToArray();
    }

    private async Task<bool> Checkout(int worker, long index, LoadGenerator.Timer timer)
    {
        var cart = Guid.NewGuid();
        await run.Shop.AddToCartAsync(cart, productIds[(int)(index % productIds.Length)]);
        timer.Start();
        var session = await run.Shop.StartCheckoutAsync(cart);
        timer.Stop();
        Sessions.Add(session);
        return true;
    }
}
