using System.Diagnostics;

namespace Storefront.Tests.Production.Farm;

/// <summary>
/// Storefront.Web published from this test run's build (<c>dotnet publish --no-build</c>), once per run: outside
/// Development the store serves its static files from the published wwwroot only, as on a server.
/// </summary>
public static class PublishedStore
{
    private static readonly Lazy<Task<string>> Published = new(PublishAsync);

    /// <summary>The folder holding the published Storefront.Web.dll.</summary>
    public static Task<string> DirectoryAsync() => Published.Value;

    private static async Task<string> PublishAsync()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var output = Path.Combine(testOutput.FullName, "farm-store");
        var project = Path.Combine(Path.GetDirectoryName(FarmNginxConfig.DeployDirectory)!, "Storefront.Web", "Storefront.Web.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", testOutput.Parent!.Name, "--no-build", "--nologo", "-o", output },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await stdout}\n{await stderr}");
        }

        return output;
    }
}
