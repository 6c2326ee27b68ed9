namespace Storefront.StripeEmulator.Api;

/// <summary>
/// A request Stripe would refuse. Thrown from anywhere in a handler so that validation reads top to bottom;
/// <see cref="ApiEndpoint"/> turns it into Stripe's error body.
/// </summary>
public sealed class StripeApiException(
    int statusCode, string type, string? code, string message, string? param = null, string? declineCode = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Type { get; } = type;

    public string? Code { get; } = code;

    public string? Param { get; } = param;

    public string? DeclineCode { get; } = declineCode;

    public static StripeApiException Missing(string param) =>
        new(400, "invalid_request_error", "parameter_missing", $"Missing required param: {param}.", param);

    public static StripeApiException Invalid(string param, string message, string code = "parameter_invalid") =>
        new(400, "invalid_request_error", code, message, param);

    public static StripeApiException NoSuch(string objectName, string id, string param = "id") =>
        new(404, "invalid_request_error", "resource_missing", $"No such {objectName}: '{id}'", param);
}
