using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Discounts;

/// <summary>
/// <c>/v1/promotion_codes</c>: create, retrieve, update (<c>active</c>, <c>metadata</c>) and list. Since API
/// 2025-09-30 the coupon is passed as <c>promotion[type]=coupon</c> and <c>promotion[coupon]</c>.
/// </summary>
public static class PromotionCodeEndpoints
{
    private static readonly string[] Expandable = ["promotion.coupon"];

    public static void MapPromotionCodes(this IEndpointRouteBuilder api)
    {
        api.MapPost("/v1/promotion_codes", ApiEndpoint.Handle(Create));
        api.MapGet("/v1/promotion_codes", ApiEndpoint.Handle(List));
        api.MapGet("/v1/promotion_codes/{id}", ApiEndpoint.Handle(Retrieve));
        api.MapPost("/v1/promotion_codes/{id}", ApiEndpoint.Handle(Update));
    }

    private static ApiResponse Create(ApiRequest request)
    {
        var (store, now) = Services(request);
        var form = request.Parameters;
        var type = form.Required("promotion[type]");
        var couponId = form.Required("promotion[coupon]");
        var code = form.String("code");
        var active = form.Bool("active") ?? true;
        var expiresAt = form.Long("expires_at");
        var maxRedemptions = form.Long("max_redemptions");
        var metadata = form.Map("metadata");
        var expand = request.Expand(Expandable);
        form.EnsureNoneUnknown();
        if (type != "coupon")
        {
            throw StripeApiException.Invalid("promotion[type]", $"Invalid promotion[type]: must be coupon, not '{type}'.");
        }

        if (code is not null && (code.Length is 0 or > 500 || !code.All(char.IsAsciiLetterOrDigit)))
        {
            throw StripeApiException.Invalid("code", "A promotion code is letters and digits only, up to 500 of them.");
        }

        if (expiresAt <= now)
        {
            throw StripeApiException.Invalid("expires_at", "expires_at must be in the future.");
        }

        if (maxRedemptions is <= 0)
        {
            throw StripeApiException.Invalid("max_redemptions", "max_redemptions must be a positive integer.", "parameter_invalid_integer");
        }

        lock (store.Sync)
        {
            var coupon = CouponEndpoints.Find(store, couponId, "promotion[coupon]");
            code ??= Ids.Random(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
            if (active && FindActive(store, code) is not null)
            {
                throw StripeApiException.Invalid("code", "An active promotion code with this code already exists.", "resource_already_exists");
            }

            var promotionCode = new PromotionCode
            {
                Id = Ids.New("promo"),
                Created = now,
                Code = code,
                Coupon = coupon,
                Active = active,
                ExpiresAt = expiresAt,
                MaxRedemptions = maxRedemptions,
                Metadata = metadata,
            };
            store.PromotionCodes[promotionCode.Id] = promotionCode;
            return ApiResponse.Ok(PromotionCodeJson.Write(promotionCode, now, expand.Count > 0));
        }
    }

    private static ApiResponse Retrieve(ApiRequest request)
    {
        var (store, now) = Services(request);
        var expand = request.Expand(Expandable);
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            return ApiResponse.Ok(PromotionCodeJson.Write(Find(store, request.RouteId, "id"), now, expand.Count > 0));
        }
    }

    private static ApiResponse Update(ApiRequest request)
    {
        var (store, now) = Services(request);
        var active = request.Parameters.Bool("active");
        var metadata = request.Parameters.Map("metadata");
        var expand = request.Expand(Expandable);
        request.Parameters.EnsureNoneUnknown();
        lock (store.Sync)
        {
            var code = Find(store, request.RouteId, "id");
            if (active == true && !code.Active && FindActive(store, code.Code) is not null)
            {
                throw StripeApiException.Invalid("active", "An active promotion code with this code already exists.");
            }

            code.Active = active ?? code.Active;
            if (metadata.Count > 0)
            {
                code.Metadata = code.Metadata.Concat(metadata).GroupBy(p => p.Key)
                    .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
            }

            return ApiResponse.Ok(PromotionCodeJson.Write(code, now, expand.Count > 0));
        }
    }

    private static ApiResponse List(ApiRequest request)
    {
        var (store, now) = Services(request);
        var form = request.Parameters;
        var code = form.String("code");
        var active = form.Bool("active");
        var coupon = form.String("coupon");
        var limit = form.Long("limit") ?? 10;
        var expand = request.Expand("data.promotion.coupon");
        form.EnsureNoneUnknown();
        lock (store.Sync)
        {
            var matching = store.PromotionCodes.Values.Reverse()
                .Where(p => (code is null || string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase))
                    && (active is null || p.Active == active) && (coupon is null || p.Coupon.Id == coupon))
                .ToList();
            var list = StripeJson.List("/v1/promotion_codes",
                matching.Take((int)limit).Select(p => PromotionCodeJson.Write(p, now, expand.Count > 0)));
            list["has_more"] = matching.Count > limit;
            return ApiResponse.Ok(list);
        }
    }

    /// <summary>The promotion code with that id; callers hold the store's lock.</summary>
    public static PromotionCode Find(EmulatorStore store, string id, string param) =>
        store.PromotionCodes.TryGetValue(id, out var code) ? code : throw StripeApiException.NoSuch("promotion_code", id, param);

    /// <summary>Codes are matched as shoppers type them, ignoring case, among active codes.</summary>
    public static PromotionCode? FindActive(EmulatorStore store, string code) =>
        store.PromotionCodes.Values.FirstOrDefault(p => p.Active && string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    private static (EmulatorStore, long) Services(ApiRequest request) =>
        (request.Http.RequestServices.GetRequiredService<EmulatorStore>(),
            request.Http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds());
}
