using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Discounts;

/// <summary><c>/v1/coupons</c>: create, retrieve and list.</summary>
public static class CouponEndpoints
{
    private static readonly string[] Durations = ["once", "repeating", "forever"];

    public static void MapCoupons(this IEndpointRouteBuilder api)
    {
        api.MapPost("/v1/coupons", ApiEndpoint.Handle(Create));
        api.MapGet("/v1/coupons", ApiEndpoint.Handle(List));
        api.MapGet("/v1/coupons/{id}", ApiEndpoint.Handle(Retrieve));
    }

    private static ApiResponse Create(ApiRequest request)
    {
        var (store, now) = Services(request);
        var form = request.Parameters;
        var id = form.String("id");
        var percentOff = form.Decimal("percent_off");
        var amountOff = form.Long("amount_off");
        var currency = form.String("currency")?.ToLowerInvariant();
        var duration = form.String("duration") ?? "once";
        var durationInMonths = form.Long("duration_in_months");
        var maxRedemptions = form.Long("max_redemptions");
        var redeemBy = form.Long("redeem_by");
        var name = form.String("name");
        var metadata = form.Map("metadata");
        request.Expand();
        form.EnsureNoneUnknown();

        if ((percentOff is null) == (amountOff is null))
        {
            throw StripeApiException.Invalid("percent_off", "You must pass exactly one of percent_off or amount_off.");
        }

        if (percentOff is <= 0 or > 100)
        {
            throw StripeApiException.Invalid("percent_off", "Percent off must be greater than 0 and at most 100.");
        }

        if (amountOff is not null && currency is null)
        {
            throw StripeApiException.Missing("currency");
        }

        if (amountOff is <= 0)
        {
            throw StripeApiException.Invalid("amount_off", "Amount off must be a positive integer.", "parameter_invalid_integer");
        }

        if (!Durations.Contains(duration))
        {
            throw StripeApiException.Invalid("duration", $"Invalid duration: must be one of {string.Join(", ", Durations)}");
        }

        if ((duration == "repeating") != durationInMonths is > 0)
        {
            throw StripeApiException.Invalid("duration_in_months", "duration_in_months is required with duration=repeating and only then.");
        }

        if (maxRedemptions is <= 0)
        {
            throw StripeApiException.Invalid("max_redemptions", "max_redemptions must be a positive integer.", "parameter_invalid_integer");
        }

        if (redeemBy <= now)
        {
            throw StripeApiException.Invalid("redeem_by", "redeem_by must be in the future.");
        }

        lock (store.Sync)
        {
            if (id is not null && store.Coupons.ContainsKey(id))
            {
                throw StripeApiException.Invalid("id", "Coupon already exists.", "resource_already_exists");
            }

            var coupon = new Coupon
            {
                Id = id ?? Ids.Random(8),
                Created = now,
                PercentOff = percentOff,
                AmountOff = amountOff,
                Currency = amountOff is null ? null : currency,
                Duration = duration,
                DurationInMonths = durationInMonths,
                MaxRedemptions = maxRedemptions,
                RedeemBy = redeemBy,
                Name = name,
                Metadata = metadata,
            };
            store.Coupons[coupon.Id] = coupon;
            return ApiResponse.Ok(CouponJson.Write(coupon, now));
        }
    }

    private static ApiResponse Retrieve(ApiRequest request)
    {
        var (store, now) = Services(request);
        request.Expand();
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            return ApiResponse.Ok(CouponJson.Write(Find(store, request.RouteId, "id"), now));
        }
    }

    private static ApiResponse List(ApiRequest request)
    {
        var (store, now) = Services(request);
        var limit = request.Parameters.Long("limit") ?? 10;
        request.Expand();
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            var all = store.Coupons.Values.Reverse().ToList();
            var list = StripeJson.List("/v1/coupons", all.Take((int)limit).Select(c => CouponJson.Write(c, now)));
            list["has_more"] = all.Count > limit;
            return ApiResponse.Ok(list);
        }
    }

    /// <summary>The coupon with that id; callers hold the store's lock.</summary>
    public static Coupon Find(EmulatorStore store, string id, string param) =>
        store.Coupons.TryGetValue(id, out var coupon) ? coupon : throw StripeApiException.NoSuch("coupon", id, param);

    private static (EmulatorStore, long) Services(ApiRequest request) =>
        (request.Http.RequestServices.GetRequiredService<EmulatorStore>(),
            request.Http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds());
}
