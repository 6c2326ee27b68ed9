using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The store's Auth0 tenant, played on loopback by <c>tools/oidc-provider/server.js</c> (npm's oidc-provider):
/// one confidential client, the accounts of <see cref="OidcAccount"/>, Auth0's issuer shape and <c>/v2/logout</c>.
/// It is started per test because it must know the store's redirect URI, which exists only once the store listens.
/// The port is picked free and released before node binds it; another process taking it in between fails the start
/// with node's "cannot listen" message rather than hiding the problem.
/// </summary>
public sealed class OidcProviderFixture : IAsyncDisposable
{
    public const string ClientId = "storefront-tests";

    // A ceiling on waiting for node's "listening" line, not a measure: on two cores busy with the suite's parallel
    // hosts and Chromium, loading oidc-provider's modules once took longer than 30 s.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly StringBuilder _output = new();
    private Process? _node;

    private OidcProviderFixture(int port) => Issuer = new Uri($"http://127.0.0.1:{port}/");

    /// <summary><c>http://127.0.0.1:{port}/</c>, with the trailing slash Auth0's issuers have.</summary>
    public Uri Issuer { get; }

    public string ClientSecret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    public static string ToolDirectory { get; } = FindToolDirectory();

    /// <summary>The store's settings for this tenant, as <c>Auth0:Authority</c> overrides <c>https://{Domain}/</c>.</summary>
    public IReadOnlyDictionary<string, string?> StoreSettings => new Dictionary<string, string?>
    {
        ["Auth0:Domain"] = Issuer.Authority,
        ["Auth0:Authority"] = Issuer.ToString(),
        ["Auth0:ClientId"] = ClientId,
        ["Auth0:ClientSecret"] = ClientSecret,
    };

    /// <summary>What the provider printed so far, for failure messages.</summary>
    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Picks a free loopback port, so that the store can be pointed at the issuer before either runs; the provider
    /// itself starts with <see cref="StartAsync"/> once the store's redirect URI is known.
    /// </summary>
    public static OidcProviderFixture OnFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new OidcProviderFixture(((IPEndPoint)listener.LocalEndpoint).Port);
    }

    public async Task StartAsync(IReadOnlyList<Uri> redirectUris, IReadOnlyList<Uri> logoutUrls)
    {
        if (!Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"oidc-provider is not installed: run `npm ci` in {ToolDirectory} (./test.sh does).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["OIDC_CLIENT_ID"] = ClientId,
                ["OIDC_CLIENT_SECRET"] = ClientSecret,
                ["OIDC_REDIRECT_URIS"] = string.Join(' ', redirectUris),
                ["OIDC_LOGOUT_URLS"] = string.Join(' ', logoutUrls),
            },
        };
        // The provider exits when its stdin closes, so it cannot outlive a test host that dies.
        foreach (var argument in new[] { "server.js", "--port", Issuer.Port.ToString(CultureInfo.InvariantCulture), "--exit-on-stdin-close" })
        {
            start.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _node = new Process { StartInfo = start, EnableRaisingEvents = true };
        _node.OutputDataReceived += (_, e) =>
        {
            Record(e.Data);
            if (e.Data?.StartsWith("oidc-provider listening", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        _node.ErrorDataReceived += (_, e) => Record(e.Data);
        _node.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"oidc-provider exited:\n{Output}"));
        _node.Start();
        _node.BeginOutputReadLine();
        _node.BeginErrorReadLine();

        try
        {
            await listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"oidc-provider did not say it was listening within {StartTimeout.TotalSeconds} s:\n{Output}");
        }

        await EnsureDiscoveryAsync();
    }

    private void Record(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task EnsureDiscoveryAsync()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(Issuer, ".well-known/openid-configuration"));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"oidc-provider answered discovery with {(int)response.StatusCode}:\n{Output}");
        }
    }

    private static string FindToolDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tools", "oidc-provider");
            if (File.Exists(Path.Combine(candidate, "server.js")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tools/oidc-provider/server.js not found above {AppContext.BaseDirectory}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_node is null)
        {
            return;
        }

        if (!_node.HasExited)
        {
            _node.Kill(entireProcessTree: true);
        }

        await _node.WaitForExitAsync();
        _node.Dispose();
    }
}
