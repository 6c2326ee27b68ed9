using System.Runtime;
using Storefront.Web.Observability;

namespace Storefront.Web.Hosting;

/// <summary>
/// <c>GET /bench/memory</c>, for the memory benchmark: the live managed heap after a full compacting collection, the
/// process's working set, and the open circuits. Mapped only when <c>Bench:Memory</c> is <c>true</c>: a forced
/// collection on request is a denial of service anywhere else.
/// </summary>
public static class BenchMemoryEndpoint
{
    public const string Path = "/bench/memory";

    public static WebApplication MapBenchMemory(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Bench:Memory"))
        {
            app.MapGet(Path, static (OpenCircuits circuits) =>
            {
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                return Results.Json(new
                {
                    circuits = circuits.Count,
                    managedBytes = GC.GetTotalMemory(forceFullCollection: false),
                    workingSetBytes = Environment.WorkingSet,
                });
            });
        }

        return app;
    }
}
