using Microsoft.Extensions.Options;
using Storefront.Core.Admin;
using Storefront.Core.Cart;
using Storefront.Core.Catalog;
using Storefront.Core.Checkout;
using Storefront.Core.Data;
using Storefront.Core.LiveUpdates;
using Storefront.Core.Notifications;
using Storefront.Core.Store;
using Storefront.Web.Account;
using Storefront.Web.Admin;
using Storefront.Web.Api;
using Storefront.Web.Cart;
using Storefront.Web.Catalog;
using Storefront.Web.Catalog.PageCache;
using Storefront.Web.Checkout;
using Storefront.Web.DataProtection;
using Storefront.Web.Health;
using Storefront.Web.Observability;
using Storefront.Web.Payments;
using Storefront.Web.Seo;
using Storefront.Web.Security;
using Storefront.Web.Shopping;

namespace Storefront.Web.Hosting;

/// <summary>The store's wiring, one call per feature, so that <c>Program.cs</c> reads as a table of contents.</summary>
public static class StorefrontHostingExtensions
{
    public static WebApplicationBuilder AddStorefront(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddStoreOptions(builder.Configuration);
        services.AddStoreData(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddLiveUpdates(builder.Configuration);
        builder.AddStoreDataProtection();
        builder.AddStoreSecurity();
        services.AddCatalog(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddCatalogPageCache(builder.Configuration);
        services.AddCart();
        builder.AddStripePayments();
        services.AddCheckout(builder.Configuration);
        services.AddShopperActions(builder.Configuration);
        services.AddOrderEmails(builder.Configuration);
        builder.AddStorefrontAccounts();
        services.AddAdmin(builder.Configuration);
        services.AddStoreApi();
        services.AddStoreHealthChecks(builder.Configuration);
        builder.AddStoreObservability();
        services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    public static WebApplication UseStorefront(this WebApplication app)
    {
        // Every setting is checked before anything is wired or started, so a wrong one stops start-up here, with all the
        // problems named at once. Left to the host's start, the failing start would dispose the services while a test
        // host is still reaching for them, and the message would be lost to an ObjectDisposedException.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        app.UseStoreSecurity();
        // Even in Development a shopper-facing page never shows a stack trace; the log has it.
        app.UseExceptionHandler("/error", createScopeForErrors: true);

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseCatalogMedia();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapStorefront<TApp>(this WebApplication app)
    {
        app.MapStoreHealthChecks();
        app.MapStoreMetrics();
        app.MapCartEndpoints();
        app.MapVisitor();
        app.MapCheckoutEndpoints();
        app.MapAccounts();
        app.MapAdmin();
        app.MapSeo();
        app.MapStoreApi();
        app.MapStripeWebhook();
        app.MapStripePayments();
        app.MapBenchPlaintext();
        app.MapBenchMemory();
        app.MapStaticAssets();
        app.MapRazorComponents<TApp>().AddInteractiveServerRenderMode();
        return app;
    }
}
