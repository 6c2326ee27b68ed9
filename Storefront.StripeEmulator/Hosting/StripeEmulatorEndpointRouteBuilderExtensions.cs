using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Checkout;
using Storefront.StripeEmulator.Control;
using Storefront.StripeEmulator.Discounts;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.Refunds;
using Storefront.StripeEmulator.Shipping;

namespace Storefront.StripeEmulator.Hosting;

public static class StripeEmulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps Stripe's API (<c>/v1/…</c>), the hosted payment page (<c>/c/pay/{id}</c>) and the control API
    /// (<c>/_emulator/…</c>) under <paramref name="prefix"/>: <c>""</c> standalone, e.g. <c>/stripe-emulator</c> when mounted.
    /// Every one of them answers only this machine.
    /// </summary>
    public static RouteGroupBuilder MapStripeEmulator(this IEndpointRouteBuilder endpoints, string prefix)
    {
        if (prefix.Length > 0 && (!prefix.StartsWith('/') || prefix.EndsWith('/')))
        {
            throw new ArgumentException($"The emulator's prefix must be empty or look like '/stripe-emulator', not '{prefix}'.", nameof(prefix));
        }

        endpoints.ServiceProvider.GetRequiredService<EmulatorRoutes>().Prefix = prefix;
        var group = endpoints.MapGroup(prefix);
        group.ExcludeFromDescription();
        group.RequireLoopback();
        group.MapCheckoutSessions();
        group.MapPaymentPages();
        group.MapPaymentIntents();
        group.MapCharges();
        group.MapRefunds();
        group.MapShippingRates();
        group.MapCoupons();
        group.MapPromotionCodes();
        group.MapEvents();
        group.MapHostedCheckout();
        group.MapControl();
        group.MapFallback("/v1/{**path}", ApiEndpoint.Handle(request =>
            throw new StripeApiException(404, "invalid_request_error", null,
                $"Unrecognized request URL ({request.Http.Request.Method}: {request.Http.Request.Path}).")));
        return group;
    }
}
