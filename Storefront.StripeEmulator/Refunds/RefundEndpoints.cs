using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Events;
using Storefront.StripeEmulator.PaymentIntents;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Refunds;

public static class RefundEndpoints
{
    private static readonly string[] Reasons = ["duplicate", "fraudulent", "requested_by_customer"];

    public static void MapRefunds(this IEndpointRouteBuilder api)
    {
        api.MapPost("/v1/refunds", ApiEndpoint.Handle(Create));
        api.MapGet("/v1/refunds/{id}", ApiEndpoint.Handle(Retrieve));
    }

    private static ApiResponse Create(ApiRequest request)
    {
        var services = request.Http.RequestServices;
        var store = services.GetRequiredService<EmulatorStore>();
        var form = request.Parameters;
        var paymentIntentId = form.String("payment_intent");
        var amount = form.Long("amount");
        var reason = form.String("reason");
        var metadata = form.Map("metadata");
        request.Expand();
        form.EnsureNoneUnknown();
        if (paymentIntentId is null)
        {
            throw StripeApiException.Missing("payment_intent");
        }

        if (reason is not null && !Reasons.Contains(reason))
        {
            throw StripeApiException.Invalid("reason", $"Invalid reason: must be one of {string.Join(", ", Reasons)}");
        }

        if (amount is <= 0)
        {
            throw StripeApiException.Invalid("amount", "Refund amount must be a positive integer.", "parameter_invalid_integer");
        }

        lock (store.Sync)
        {
            if (!store.PaymentIntents.TryGetValue(paymentIntentId, out var intent))
            {
                throw StripeApiException.NoSuch("payment_intent", paymentIntentId, "payment_intent");
            }

            if (intent.LatestChargeId is not { } chargeId || intent.Status != "succeeded")
            {
                throw StripeApiException.Invalid("payment_intent",
                    $"This PaymentIntent ({paymentIntentId}) does not have a successful charge to refund.");
            }

            var charge = store.Charges[chargeId];
            var unrefunded = charge.Amount - charge.AmountRefunded;
            if (unrefunded == 0)
            {
                throw new StripeApiException(400, "invalid_request_error", "charge_already_refunded",
                    $"Charge {charge.Id} has already been refunded.");
            }

            var refundAmount = amount ?? unrefunded;
            if (refundAmount > unrefunded)
            {
                throw new StripeApiException(400, "invalid_request_error", "amount_too_large",
                    $"Refund amount ({refundAmount}) is greater than unrefunded amount on charge ({unrefunded}).", "amount");
            }

            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds();
            var refund = new Refund(Ids.New("re"), refundAmount, charge.Currency, charge.Id, intent.Id, reason, metadata, now);
            store.Refunds[refund.Id] = refund;
            charge.AmountRefunded += refundAmount;
            services.GetRequiredService<EventPublisher>().Publish("charge.refunded", ChargeJson.Write(charge));
            return ApiResponse.Ok(RefundJson.Write(refund));
        }
    }

    private static ApiResponse Retrieve(ApiRequest request)
    {
        var store = request.Http.RequestServices.GetRequiredService<EmulatorStore>();
        request.Expand();
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            return store.Refunds.TryGetValue(request.RouteId, out var refund)
                ? ApiResponse.Ok(RefundJson.Write(refund))
                : throw StripeApiException.NoSuch("refund", request.RouteId);
        }
    }
}
