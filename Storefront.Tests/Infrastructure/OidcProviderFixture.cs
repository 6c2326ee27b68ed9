using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The store's Auth0 tenant, played on loopback by <c>tools/oidc-provider/server.js</c> (npm's oidc-provider):
/// one confidential client, the accounts of <see cref="OidcAccount"/>, Auth0's issuer shape and <c>/v2/logout</c>.
/// It is started per test because it must know the store's redirect URI, which exists only once the store listens.
/// </summary>
public sealed class OidcProviderFixture : IAsyncDisposable
{
    public const string ClientId = "storefront-tests";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _node;
    private readonly StringBuilder _output;

    private OidcProviderFixture(Process node, StringBuilder output, Uri issuer, string clientSecret)
    {
        _node = node;
        _output = output;
        Issuer = issuer;
        ClientSecret = clientSecret;
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>, with the trailing slash Auth0's issuers have.</summary>
    public Uri Issuer { get; }

    public string ClientSecret { get; }

    public static string ToolDirectory { get; } = FindToolDirectory();

    /// <summary>What the provider printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A loopback port free right now, so that the store can be pointed at the provider before it starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<OidcProviderFixture> StartAsync(int port, IReadOnlyList<Uri> redirectUris, IReadOnlyList<Uri> logoutUrls)
    {
        var directory = ToolDirectory;
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"oidc-provider is not installed: run `npm ci` in {directory} (./test.sh does).");
        }

        var clientSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["OIDC_CLIENT_ID"] = ClientId,
                ["OIDC_CLIENT_SECRET"] = clientSecret,
                ["OIDC_REDIRECT_URIS"] = string.Join(' ', redirectUris),
                ["OIDC_LOGOUT_URLS"] = string.Join(' ', logoutUrls),
            },
        };
        // The provider exits when its stdin closes, so it cannot outlive a test host that dies.
        foreach (var argument in new[] { "server.js", "--port", port.ToString(), "--exit-on-stdin-close" })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var node = new Process { StartInfo = start, EnableRaisingEvents = true };
        void Record(string? line, bool isReadyLine)
        {
            lock (output)
            {
                output.AppendLine(line);
            }

            if (isReadyLine)
            {
                listening.TrySetResult();
            }
        }

        node.OutputDataReceived += (_, e) => Record(e.Data, e.Data?.StartsWith("oidc-provider listening", StringComparison.Ordinal) == true);
        node.ErrorDataReceived += (_, e) => Record(e.Data, false);
        node.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"oidc-provider exited:\n{output}"));
        node.Start();
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();

        var fixture = new OidcProviderFixture(node, output, new Uri($"http://127.0.0.1:{port}/"), clientSecret);
        try
        {
            await listening.Task.WaitAsync(StartTimeout);
            await fixture.EnsureDiscoveryAsync();
            return fixture;
        }
        catch
        {
            await fixture.DisposeAsync();
            throw;
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
        if (!_node.HasExited)
        {
            _node.Kill(entireProcessTree: true);
        }

        await _node.WaitForExitAsync();
        _node.Dispose();
    }
}
