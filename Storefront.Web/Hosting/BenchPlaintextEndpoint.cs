namespace Storefront.Web.Hosting;

/// <summary>
/// <c>GET /bench/plaintext</c>, the benchmark's baseline: "Hello, World!" as text/plain through the app's whole
/// middleware pipeline. Mapped only when <c>Bench:Plaintext</c> is <c>true</c>, so the shop never serves it otherwise.
/// </summary>
public static class BenchPlaintextEndpoint
{
    public const string Path = "/bench/plaintext";

    public static WebApplication MapBenchPlaintext(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Bench:Plaintext"))
        {
            app.MapGet(Path, static () => Results.Text("Hello, World!", "text/plain"));
        }

        return app;
    }
}
