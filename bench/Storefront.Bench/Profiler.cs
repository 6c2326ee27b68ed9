using System.Diagnostics;
using System.Globalization;

namespace Storefront.Bench;

/// <summary>
/// Optional: records a measured phase of the app with Linux <c>perf</c> (<c>--perf-dir</c>), for finding where
/// its CPU goes. The app is started with <c>DOTNET_PerfMapEnabled=1</c> so perf can name JIT-compiled methods.
/// </summary>
public sealed class Profiler(string? directory, string prefix, int pid)
{
    public bool Enabled => directory is not null;

    public async Task<T> RecordAsync<T>(string phase, Func<Task<T>> run)
    {
        if (directory is null)
        {
            return await run();
        }

        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, prefix + "-" + string.Concat(phase.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-')) + ".perf.data");
        var start = new ProcessStartInfo("perf") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "record", "-F", "499", "-g", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file })
        {
            start.ArgumentList.Add(arg);
        }

        using var perf = Process.Start(start)!;
        await Task.Delay(300);
        try
        {
            return await run();
        }
        finally
        {
            using (var stop = Process.Start("kill", ["-INT", perf.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await stop.WaitForExitAsync();
            }

            await perf.WaitForExitAsync();
            Console.WriteLine($"    perf: {file}");
        }
    }
}
