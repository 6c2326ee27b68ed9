using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.AdminBench;
using Storefront.Core.Admin;
using Storefront.Core.Catalog;
using Storefront.Core.Data;
using Storefront.Core.Orders;
using Storefront.Core.Store;

// Fills a database with a year of orders (once; a second run reuses them) and times the admin's queries over it,
// in process, so the numbers are the server's time without HTTP or rendering. Benchmarks are not tests: nothing asserts.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var provider = Enum.Parse<DatabaseProvider>(options.Provider, ignoreCase: true);
var builder = new DbContextOptionsBuilder<StoreDbContext>();
var dbOptions = provider == DatabaseProvider.Postgres
    ? builder.UseNpgsql(options.ConnectionString).Options
    : builder.UseSqlite(options.ConnectionString).Options;
var contexts = new StoreDbContextFactory(dbOptions, Options.Create(new DatabaseOptions { Provider = options.Provider, ConnectionString = options.ConnectionString }));
var store = Options.Create(new StoreOptions { Currency = "usd" });
var now = DateTime.UtcNow;

Console.WriteLine($"== {provider}: migrating and generating {options.Orders:N0} orders");
await using (var db = contexts.CreateDbContext())
{
    await db.Database.MigrateAsync();
    await DemoCatalog.SeedAsync(db, CancellationToken.None);
}

var loadSeconds = await LoadAsync();
var queries = new AdminOrderQueries(contexts, Options.Create(new AdminOptions()));
var dashboard = new AdminDashboardQueries(contexts, TimeProvider.System, store);
var today = DateOnly.FromDateTime(now);
string sampleNumber;
AdminOrderCursor middle;
await using (var db = contexts.CreateDbContext())
{
    sampleNumber = await db.Orders.OrderBy(o => o.Number).Select(o => o.Number).Skip(options.Orders / 2).FirstAsync();
    // Where a reader who paged halfway down the list is: the cursor a "Next" link there carries.
    middle = await db.Orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Skip(options.Orders / 2)
        .Select(o => new AdminOrderCursor(o.Total, DateTime.SpecifyKind(o.CreatedAt, DateTimeKind.Utc), o.Id)).FirstAsync();
}

string Page(AdminOrderPage page) => $"{page.Rows.Count} rows of {page.Count}";
var customer = OrderGenerator.EmailOf(12_345);
var timings = new List<Timing>();
async Task Measure(string name, AdminOrderFilter filter) =>
    timings.Add(await Timing.MeasureAsync(name, () => queries.ListAsync(filter), Page, options.Warmup, options.Runs));

await Measure("List: first page, newest first", new AdminOrderFilter());
await Measure("List: Paid, last 30 days", new AdminOrderFilter { Status = OrderStatus.Paid, From = today.AddDays(-29), To = today });
await Measure($"List: halfway down ({options.Orders / 2:N0} orders in), newest first", new AdminOrderFilter { After = middle });
await Measure("List: halfway down, oldest first", new AdminOrderFilter { After = middle, Sort = AdminOrderSort.Oldest });
await Measure("List: halfway down, back a page", new AdminOrderFilter { Before = middle });
await Measure("List: Paid, halfway down", new AdminOrderFilter { Status = OrderStatus.Paid, After = middle });
await Measure("List: first page, highest total", new AdminOrderFilter { Sort = AdminOrderSort.TotalHighest });
await Measure($"List: search by email `{customer}`", new AdminOrderFilter { Search = customer.ToUpperInvariant() });
await Measure("List: search by email prefix `grace.12`", new AdminOrderFilter { Search = "grace.12" });
await Measure("List: search by order number", new AdminOrderFilter { Search = sampleNumber.ToLowerInvariant() });
timings.Add(await Timing.MeasureAsync("Dashboard", () => dashboard.GetAsync(),
    d => $"{d.Last30Days.Orders:N0} orders in 30 days", options.Warmup, options.Runs));

var report = new StringBuilder()
    .AppendLine($"### {provider}")
    .AppendLine()
    .AppendLine($"{options.Orders:N0} orders, " + (loadSeconds > 0 ? $"generated and loaded in {loadSeconds:F0} s. " : "reused from an earlier run. ") +
                $"Each query: {options.Warmup} warm-up runs, then {options.Runs} measured, one at a time, in process.")
    .AppendLine()
    .AppendLine("| Query | Result | Median ms | p95 ms | ≤ 200 ms? |")
    .AppendLine("|---|---|---:|---:|---|");
foreach (var t in timings)
{
    report.AppendLine($"| {t.Name} | {t.Result} | {t.MedianMs:F1} | {t.P95Ms:F1} | {(t.P95Ms <= Timing.TargetMs ? "met" : "**missed**")} |");
}

Console.Write(report);
await File.WriteAllTextAsync(options.OutputPath, report.ToString());

async Task<double> LoadAsync()
{
    await using (var db = contexts.CreateDbContext())
    {
        if (await db.Orders.CountAsync() >= options.Orders)
        {
            return 0;
        }
    }

    List<GeneratedLine> catalog;
    await using (var db = contexts.CreateDbContext())
    {
        catalog = await db.Products.OrderBy(p => p.Id).Select(p => new GeneratedLine(p.Id, p.Name, p.UnitPrice, 1)).ToListAsync();
    }

    var started = Stopwatch.GetTimestamp();
    await using IOrderLoader loader = provider == DatabaseProvider.Postgres
        ? new PostgresOrderLoader(options.ConnectionString)
        : new SqliteOrderLoader(options.ConnectionString);
    foreach (var batch in new OrderGenerator(catalog, store.Value.Currency, now).Generate(options.Orders).Chunk(20_000))
    {
        await loader.LoadAsync(batch);
        Console.Write('.');
    }

    await loader.FinishAsync();
    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    Console.WriteLine($" loaded in {seconds:F0} s");
    return seconds;
}
