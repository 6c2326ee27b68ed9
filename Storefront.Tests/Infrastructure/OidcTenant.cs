using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// The store's Auth0 tenant, played on loopback by <c>tools/oidc-provider/server.js</c> (npm's oidc-provider), once
/// per test run: each test store registers an application of its own (<see cref="OidcApplication"/>) through
/// Dynamic Client Registration, so a test pays for no node start and no port has to be picked before node binds it.
/// </summary>
public sealed partial class OidcTenant
{
    // A ceiling, not a measure: the tenant starts when the first sign-in test does, while the whole suite's hosts
    // and Chromium start too.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private static readonly Lazy<Task<OidcTenant>> Started = new(StartAsync);

    private readonly StringBuilder _output = new();

    private OidcTenant(string registrationToken) => RegistrationToken = registrationToken;

    public static string ToolDirectory { get; } = FindToolDirectory();

    /// <summary>The tenant of this test run, started by the first caller.</summary>
    public static Task<OidcTenant> Shared => Started.Value;

    /// <summary><c>http://127.0.0.1:{port}/</c>, with the trailing slash Auth0's issuers have.</summary>
    public Uri Issuer { get; private set; } = null!;

    /// <summary>The initial access token that registering an application takes.</summary>
    internal string RegistrationToken { get; }

    /// <summary>What the provider printed so far, for failure messages.</summary>
    internal string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private static async Task<OidcTenant> StartAsync()
    {
        if (!Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"oidc-provider is not installed: run `npm ci` in {ToolDirectory} (./test.sh does).");
        }

        var tenant = new OidcTenant(Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["OIDC_REGISTRATION_TOKEN"] = tenant.RegistrationToken },
        };
        // Port 0: node binds a free port and names it. The provider exits when its stdin closes, so it cannot
        // outlive the test run that started it.
        foreach (var argument in new[] { "server.js", "--port", "0", "--exit-on-stdin-close" })
        {
            start.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var node = new Process { StartInfo = start, EnableRaisingEvents = true };
        node.OutputDataReceived += (_, e) =>
        {
            tenant.Record(e.Data);
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["issuer"].Value));
            }
        };
        node.ErrorDataReceived += (_, e) => tenant.Record(e.Data);
        node.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"oidc-provider exited:\n{tenant.Output}"));
        node.Start();
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();

        try
        {
            tenant.Issuer = await listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"oidc-provider did not say it was listening within {StartTimeout.TotalSeconds} s:\n{tenant.Output}");
        }

        return tenant;
    }

    private void Record(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
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

    [GeneratedRegex("^oidc-provider listening, issuer (?<issuer>http://127\\.0\\.0\\.1:[0-9]+/)$")]
    private static partial Regex ListeningLine();
}
