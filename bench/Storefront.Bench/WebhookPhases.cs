namespace Storefront.Bench;

/// <summary>
/// (a) Webhook ingestion. Every event names its own paid order: the checkouts pay them all (the emulator records
/// checkout.session.completed but holds its delivery), then the driver sends those events itself, signed as Stripe does.
/// </summary>
public static class WebhookPhases
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(180);

    public static async Task RunAsync(BenchRun run, CheckoutPhases checkouts)
    {
        var shop = run.Shop;
        var options = run.Options;
        var toPay = await checkouts.AtLeastAsync(options.WebhookWarmup + options.WebhookCount);
        run.Results.Add(await LoadGenerator.ForCountAsync("prepare: pay (emulator confirm)", 8, toPay.Length, Limit,
            (_, i, t) => BenchRun.Timed(t, async () => { await shop.PayAsync(toPay[i]); return true; }), run.Cpu));
        var payloads = await PayloadsAsync(shop, toPay);

        var duplicates = 0L;
        LoadGenerator.Operation Send(int offset) => async (_, i, t) =>
        {
            var outcome = await shop.SendWebhookAsync(payloads[offset + i]);
            t.Stop();
            if (outcome == "duplicate")
            {
                Interlocked.Increment(ref duplicates);
            }

            return outcome is null or "duplicate";
        };
        var warmCount = Math.Min(options.WebhookWarmup, payloads.Length / 2);
        await LoadGenerator.ForCountAsync("webhook warm-up", options.Concurrency, warmCount, Limit, Send(0), null);
        await WaitForPaidAsync(run.Db, warmCount);
        await run.ResetStatementsAsync();
        var applying = System.Diagnostics.Stopwatch.StartNew();
        var cpuAtStart = run.Cpu.Sample();
        var answered = TimeSpan.Zero;

        // A 200 means "verified and stored"; the store applies events in the background. Report how long that took too,
        // and profile it with the answering, since both share the cores.
        var webhooks = await run.Perf.RecordAsync("webhook", async () =>
        {
            var sent = await LoadGenerator.ForCountAsync(
                "webhook checkout.session.completed", options.Concurrency, payloads.Length - warmCount, Limit, Send(warmCount), run.Cpu);
            answered = applying.Elapsed;
            await WaitForPaidAsync(run.Db, payloads.Length);
            return sent;
        });
        run.Results.Add(webhooks);
        var seconds = applying.Elapsed.TotalSeconds;
        var used = run.Cpu.Since(cpuAtStart, seconds);
        var applied = payloads.Length - warmCount;
        run.AppliedPerSecond = applied / seconds;
        run.Notes.Add($"Webhook events applied (orders Paid): all {applied} measured events within {seconds:F1} s of the first " +
            $"measured delivery (answered within {answered.TotalSeconds:F1} s), i.e. {run.AppliedPerSecond:F0} events/s applied end to end; " +
            $"meanwhile the app used {used.Server:F2} cores and other processes {used.Other:F2}: {used.Server * seconds * 1000 / applied:F2} ms of app CPU " +
            "per event answered and applied.");
        await run.ReportStatementsAsync("webhook event (`checkout.session.completed`, c=64)", webhooks.Requests, 14);
        if (duplicates > 0)
        {
            run.Notes.Add($"{duplicates} webhook deliveries were answered as duplicates (expected 0).");
        }

        // Diagnostics, not targets: the parts a webhook is made of, measured alone at the same concurrency.
        run.Results.Add(await LoadGenerator.ForDurationAsync("diag: webhook resent (verify + dedupe only)", options.Concurrency, TimeSpan.FromSeconds(5),
            (_, i, t) => BenchRun.Timed(t, async () => await shop.SendWebhookAsync(payloads[warmCount + (int)(i % (payloads.Length - warmCount))]) == "duplicate"), run.Cpu));
        run.Results.Add(await LoadGenerator.ForDurationAsync("diag: emulator GET session (expanded)", options.Concurrency, TimeSpan.FromSeconds(5),
            (_, i, t) => BenchRun.Timed(t, () => shop.RetrieveSessionAsync(toPay[(int)(i % toPay.Length)])), run.Cpu));
        run.Notes.Add($"Paid events sent: {payloads.Length}; the emulator now holds {toPay.Length}+ sessions.");
    }

    /// <summary>The recorded checkout.session.completed event of each paid session, as the emulator would deliver it.</summary>
    private static async Task<string[]> PayloadsAsync(Shop shop, string[] paid)
    {
        var recorded = await shop.CompletedEventsAsync();
        var eventIds = paid.Where(recorded.ContainsKey).Select(s => recorded[s]).ToArray();
        var payloads = new string[eventIds.Length];
        await LoadGenerator.ForCountAsync("prepare: fetch event payloads", 8, eventIds.Length, TimeSpan.FromSeconds(120),
            (_, i, t) => BenchRun.Timed(t, async () => { payloads[i] = await shop.EventPayloadAsync(eventIds[i]); return true; }), null);
        Console.WriteLine($"  {payloads.Length} signed-to-be checkout.session.completed events for distinct paid orders " +
            $"(~{payloads.Average(p => p.Length) / 1024:F1} KiB each)");
        return payloads;
    }

    private static async Task WaitForPaidAsync(BenchDatabase db, long count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while ((await db.OrderCountsAsync()).GetValueOrDefault("Paid") < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
