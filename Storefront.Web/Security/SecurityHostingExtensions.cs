using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using Storefront.Core.Store;
using Storefront.Web.Health;

namespace Storefront.Web.Security;

/// <summary>Running behind a reverse proxy, on HTTPS, with the headers that keep pages from being framed, sniffed or cached.</summary>
public static class SecurityHostingExtensions
{
    public static WebApplicationBuilder AddStoreSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ProxyOptions>().Bind(builder.Configuration.GetSection(ProxyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) => TrustOnly(forwarded, proxy.Value));

        if (!builder.Environment.IsDevelopment())
        {
            services.Configure<CookiePolicyOptions>(cookies => cookies.Secure = CookieSecurePolicy.Always);
            services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
            services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<StoreOptions>>((https, store) =>
            {
                if (PublicUri(store.Value) is { Scheme: "https" } uri)
                {
                    https.HttpsPort = uri.Port;
                }
            });
            // Runs after the host's own reading of AllowedHosts: "*" (appsettings.json's) narrows to the public address.
            services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<StoreOptions>>((hosts, store) =>
            {
                if (hosts.AllowedHosts is [] or ["*"] && PublicUri(store.Value) is { } uri)
                {
                    hosts.AllowedHosts = [uri.Host];
                }
            });
        }

        return builder;
    }

    public static WebApplication UseStoreSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            // Probes and scrapers call the instance itself, over plain HTTP, not through the proxy.
            app.UseWhen(context => !HealthCheckExtensions.IsProbe(context.Request.Path), https => https.UseHttpsRedirection());
        }

        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>Forwarded headers count only from the configured proxies: the defaults' loopback is trusted no more than anyone.</summary>
    private static void TrustOnly(ForwardedHeadersOptions forwarded, ProxyOptions proxy)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var address in proxy.KnownProxies)
        {
            if (IPAddress.TryParse(address, out var parsed))
            {
                forwarded.KnownProxies.Add(parsed);
            }
        }

        foreach (var network in proxy.KnownNetworks)
        {
            if (System.Net.IPNetwork.TryParse(network, out var parsed))
            {
                forwarded.KnownIPNetworks.Add(parsed);
            }
        }
    }

    private static Uri? PublicUri(StoreOptions store) =>
        Uri.TryCreate(store.PublicUrl, UriKind.Absolute, out var uri) ? uri : null;
}
