using System.Text.Json.Nodes;

namespace Storefront.StripeEmulator.Api;

public sealed record ApiResponse(int StatusCode, JsonObject Body)
{
    public static ApiResponse Ok(JsonObject body) => new(200, body);

    public static ApiResponse Error(StripeApiException error)
    {
        var body = new JsonObject
        {
            ["type"] = error.Type,
            ["code"] = error.Code,
            ["message"] = error.Message,
            ["param"] = error.Param,
            ["doc_url"] = error.Code is null ? null : $"https://stripe.com/docs/error-codes/{error.Code.Replace('_', '-')}",
        };
        if (error.DeclineCode is not null)
        {
            body["decline_code"] = error.DeclineCode;
        }

        return new(error.StatusCode, new JsonObject { ["error"] = body });
    }
}
