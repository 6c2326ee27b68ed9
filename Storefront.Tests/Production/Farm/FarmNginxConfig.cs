namespace Storefront.Tests.Production.Farm;

/// <summary>
/// The repo's nginx recipe (deploy/nginx) adapted to loopback test ports: its sticky server block as it is, but for
/// ports, certificate and paths, plus one server block per instance that proxies the same locations to that instance
/// only, so that a test can choose where a browser lands. Every replaced line must be found, so a change to the
/// recipe that this adaptation no longer fits fails the test rather than testing something else.
/// </summary>
public static class FarmNginxConfig
{
    public static string DeployDirectory { get; } = FindDeployDirectory();

    /// <summary>Writes <c>nginx.conf</c> and what it includes into <paramref name="prefix"/>; returns its path.</summary>
    public static string WriteTo(string prefix, FarmPorts ports, LoopbackCertificate certificate, IReadOnlyList<Uri> instances)
    {
        var site = File.ReadAllText(Path.Combine(DeployDirectory, "nginx", "storefront.conf"));
        var locations = File.ReadAllText(Path.Combine(DeployDirectory, "nginx", "storefront-locations.conf"));
        var locationsPath = Path.Combine(prefix, "storefront-locations.conf");

        site = Replace(site, "    server 127.0.0.1:5001;\n    server 127.0.0.1:5002;\n",
            string.Concat(instances.Select(instance => $"    server {instance.Authority};\n")));
        site = Replace(site, "    listen 80;\n    listen [::]:80;\n", $"    listen 127.0.0.1:{ports.PlainHttp};\n");
        site = Replace(site, "    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n", $"    listen 127.0.0.1:{ports.Sticky} ssl http2;\n");
        site = Replace(site, "server_name shop.example.com;", "server_name 127.0.0.1;");
        site = Replace(site, "/etc/letsencrypt/live/shop.example.com/fullchain.pem", certificate.CertificatePath);
        site = Replace(site, "/etc/letsencrypt/live/shop.example.com/privkey.pem", certificate.KeyPath);
        site = Replace(site, "/var/cache/nginx/storefront", Path.Combine(prefix, "cache"));
        site = Replace(site, "/etc/nginx/snippets/storefront-locations.conf", locationsPath);
        File.WriteAllText(Path.Combine(prefix, "storefront.conf"), site);
        File.WriteAllText(locationsPath, locations);

        var pinned = new List<string>();
        for (var i = 0; i < instances.Count; i++)
        {
            var pinnedLocations = Path.Combine(prefix, $"storefront-locations-{i}.conf");
            File.WriteAllText(pinnedLocations, Replace(locations, "proxy_pass http://storefront;", $"proxy_pass http://storefront_{i};"));
            pinned.Add($$"""
                upstream storefront_{{i}} {
                    server {{instances[i].Authority}};
                    keepalive 8;
                }

                server {
                    listen 127.0.0.1:{{ports.Pinned[i]}} ssl http2;
                    server_name 127.0.0.1;
                    ssl_certificate {{certificate.CertificatePath}};
                    ssl_certificate_key {{certificate.KeyPath}};
                    include {{pinnedLocations}};
                }
                """);
        }

        var main = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(main, $$"""
            daemon off;
            worker_processes 1;
            pid {{Path.Combine(prefix, "nginx.pid")}};
            error_log stderr warn;

            events {
                worker_connections 512;
            }

            http {
                access_log off;
                include {{Path.Combine(prefix, "storefront.conf")}};
            {{string.Join("\n", pinned)}}
            }
            """);
        return main;
    }

    private static string Replace(string text, string what, string with)
    {
        if (!text.Contains(what, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"deploy/nginx no longer holds '{what}', which the farm test replaces for its ports.");
        }

        return text.Replace(what, with, StringComparison.Ordinal);
    }

    private static string FindDeployDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "deploy");
            if (File.Exists(Path.Combine(candidate, "nginx", "storefront.conf")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"deploy/nginx/storefront.conf not found above {AppContext.BaseDirectory}.");
    }
}
