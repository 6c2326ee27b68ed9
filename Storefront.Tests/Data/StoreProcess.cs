using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Storefront.Tests.Data;

/// <summary>
/// The built Storefront.Web.dll (or another app of the solution) run by <c>dotnet</c> as its own process, so that
/// the test can kill it with SIGKILL as a crash would, or run several that share only what real instances share.
/// </summary>
public sealed class StoreProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private StoreProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote, for a failing test's message.</summary>
    public string Output => string.Join('\n', _output);

    public static StoreProcess Start(string databasePath, string mailDirectory) =>
        Start(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storefront"] = $"Data Source={databasePath}",
            ["Email:PickupDirectory"] = mailDirectory,
            // How far a start got, in a failing test's message: EF Core says when it takes the migration lock,
            // and each statement it runs.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Information",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
        });

    /// <summary>The store in Development with <paramref name="settings"/> (configuration keys, as in appsettings) on top.</summary>
    public static StoreProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return StartBuilt("Storefront.Web", environment);
    }

    /// <summary>
    /// The built <paramref name="project"/> (of this solution, in this test run's configuration) on a free loopback
    /// port, with <paramref name="environment"/> on top of the test run's own.
    /// </summary>
    public static StoreProcess StartBuilt(string project, IReadOnlyDictionary<string, string?> environment)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var appDirectory = Path.GetFullPath(Path.Combine(
            testOutput.FullName, "..", "..", "..", "..", project, "bin", testOutput.Parent!.Name, testOutput.Name));
        return StartIn(appDirectory, project, environment);
    }

    /// <summary><paramref name="project"/>'s dll in <paramref name="appDirectory"/>, e.g. a published folder.</summary>
    public static StoreProcess StartIn(string appDirectory, string project, IReadOnlyDictionary<string, string?> environment)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(appDirectory, $"{project}.dll") },
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_URLS"] = address.ToString() },
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var store = new StoreProcess(process, address);
        process.OutputDataReceived += (_, line) => store.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => store.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return store;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: the process gets no chance to clean up, as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
