using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using Storefront.Tests.StripeEmulator.Infrastructure;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a loopback port — Debian's python3-aiosmtpd with its Maildir handler — whose received
/// messages the test reads back. The port is chosen at once and the server started when the test says, so a
/// test can first see the store meet a server that is down.
/// </summary>
public sealed class SmtpServerFixture : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private Process? _server;

    private SmtpServerFixture(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    /// <summary>The settings that point the store at this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Host"] = IPAddress.Loopback.ToString(),
        ["Email:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Security"] = "None",
        ["Email:From"] = "Storefront <orders@storefront.test>",
    };

    /// <summary>A free port and an empty Maildir, with no server listening yet.</summary>
    public static SmtpServerFixture Reserve()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new SmtpServerFixture(port, Path.Combine(Directory.CreateTempSubdirectory("storefront-smtp-").FullName, "Maildir"));
    }

    public static async Task<SmtpServerFixture> StartAsync()
    {
        var smtp = Reserve();
        await smtp.StartServerAsync();
        return smtp;
    }

    /// <summary>Starts the server and returns once it accepts connections.</summary>
    public async Task StartServerAsync()
    {
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        _server = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        await Wait.UntilAsync(async () =>
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException(
                    $"aiosmtpd exited ({_server.ExitCode}): {await _server.StandardError.ReadToEndAsync()} " +
                    "Install it with: apt-get install python3-aiosmtpd");
            }

            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return "accepting";
            }
            catch (SocketException)
            {
                return null;
            }
        });
    }

    /// <summary>Every message the server has stored so far.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        new[] { "new", "cur" }.Select(folder => Path.Combine(Maildir, folder)).Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles).Select(file => MimeMessage.Load(file)).ToList();

    /// <summary>Waits until the server holds at least <paramref name="count"/> messages, and returns them all.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count) =>
        Wait.UntilAsync(() => Task.FromResult(Messages() is { } messages && messages.Count >= count ? messages : null));

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        Directory.Delete(Path.GetDirectoryName(Maildir)!, recursive: true);
    }
}
