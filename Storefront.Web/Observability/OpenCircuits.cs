using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Storefront.Core.Observability;

namespace Storefront.Web.Observability;

/// <summary>
/// How many Blazor circuits this instance holds, as <c>storefront_circuits_open</c>. Each one keeps server memory for
/// as long as its tab is open (and a while after), so an operator sizing a machine, and the memory benchmark, read it.
/// </summary>
public sealed class OpenCircuits : CircuitHandler
{
    private long _open;

    public OpenCircuits(IMeterFactory meters)
    {
        meters.Create(StoreMetrics.MeterName)
            .CreateObservableGauge("storefront.circuits.open", () => Count, description: "Blazor circuits held by this instance.");
    }

    public long Count => Interlocked.Read(ref _open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }
}
