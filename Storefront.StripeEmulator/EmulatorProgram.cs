using Storefront.StripeEmulator.Hosting;

namespace Storefront.StripeEmulator;

/// <summary>
/// The emulator on its own, like stripe-mock: <c>dotnet run --project Storefront.StripeEmulator --urls http://127.0.0.1:12111</c>
/// serves Stripe's API at <c>/v1/…</c> from its root. Webhook endpoints come from the <c>StripeEmulator</c> section.
/// </summary>
public static class EmulatorProgram
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Not appsettings.json: Storefront.Web references this project, and two appsettings.json cannot be
        // published side by side. Environment variables and the command line are added again so they still win.
        builder.Configuration
            .AddJsonFile("emulatorsettings.json", optional: true)
            .AddJsonFile($"emulatorsettings.{builder.Environment.EnvironmentName}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        builder.Services.Configure<StripeEmulatorOptions>(builder.Configuration.GetSection(StripeEmulatorOptions.Section));
        builder.Services.AddStripeEmulator();

        var app = builder.Build();
        app.MapStripeEmulator("");
        app.Run();
    }
}
