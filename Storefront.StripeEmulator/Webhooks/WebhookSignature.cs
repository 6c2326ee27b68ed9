using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Storefront.StripeEmulator.Webhooks;

/// <summary>Stripe's <c>Stripe-Signature</c> header: <c>t=timestamp,v1=hex(HMAC-SHA256(secret, "timestamp.payload"))</c>.</summary>
public static class WebhookSignature
{
    public static string Header(string secret, long timestamp, string payload) =>
        $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Compute(secret, timestamp, payload)}";

    public static string Compute(string secret, long timestamp, string payload)
    {
        var signed = Encoding.UTF8.GetBytes($"{timestamp.ToString(CultureInfo.InvariantCulture)}.{payload}");
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return Convert.ToHexStringLower(hash);
    }
}
