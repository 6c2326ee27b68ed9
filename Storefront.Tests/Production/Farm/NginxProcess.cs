using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Production.Farm;

/// <summary>
/// Debian's nginx (test.sh installs it) as a master process of the test's own, in the foreground, with its prefix,
/// pid file and cache in a temporary folder: the machine's nginx, if any, is never touched.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _prefix;
    private readonly string _config;
    private readonly ConcurrentQueue<string> _output = new();

    private NginxProcess(Process process, string prefix, string config)
    {
        _process = process;
        _prefix = prefix;
        _config = config;
    }

    /// <summary>What nginx wrote, for a failing test's message.</summary>
    public string Output => string.Join('\n', _output);

    public static async Task<NginxProcess> StartAsync(FarmPorts ports, LoopbackCertificate certificate, IReadOnlyList<Uri> instances)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: apt-get install nginx (./test.sh does).");
        }

        var prefix = Directory.CreateTempSubdirectory("storefront-nginx-").FullName;
        // nginx's workers drop root for an unprivileged user, who must still reach the temporary and cache folders.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(prefix, (UnixFileMode)0b111_101_101);
        }

        var config = FarmNginxConfig.WriteTo(prefix, ports, certificate, instances);
        var process = new Process { StartInfo = Command(prefix, config) };
        var nginx = new NginxProcess(process, prefix, config);
        process.OutputDataReceived += (_, line) => nginx.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => nginx.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            foreach (var port in ports.Pinned.Append(ports.Sticky))
            {
                await Wait.UntilAsync(() => nginx.AcceptsAsync(port), TimeSpan.FromSeconds(30));
            }
        }
        catch (Exception error) when (error is TimeoutException or InvalidOperationException)
        {
            await nginx.DisposeAsync();
            throw new InvalidOperationException($"nginx did not start:\n{nginx.Output}", error);
        }

        return nginx;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // "stop" signals the master by its pid file, and the master takes its workers down with it; a SIGKILL
            // to the master alone would leave the workers holding the ports.
            using var stop = Process.Start(Command(_prefix, _config, "-s", "stop"))!;
            await stop.WaitForExitAsync();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_prefix, recursive: true);
    }

    private async Task<string?> AcceptsAsync(int port)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"nginx exited with {_process.ExitCode}.");
        }

        using var probe = new TcpClient();
        try
        {
            await probe.ConnectAsync(IPAddress.Loopback, port);
            return "accepting";
        }
        catch (SocketException)
        {
            return null;
        }
    }

    private static ProcessStartInfo Command(string prefix, string config, params string[] more)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "-p", prefix + Path.DirectorySeparatorChar, "-c", config, "-e", "stderr" },
        };
        foreach (var argument in more)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
