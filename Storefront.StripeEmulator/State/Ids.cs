using System.Security.Cryptography;

namespace Storefront.StripeEmulator.State;

/// <summary>Stripe-looking ids (<c>cs_test_…</c>, <c>pi_…</c>): a prefix and random base-62 characters.</summary>
public static class Ids
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string New(string prefix, int length = 24) => $"{prefix}_{Random(length)}";

    /// <summary>Random characters without a prefix, as coupon ids and generated promotion codes are.</summary>
    public static string Random(int length, string alphabet = Alphabet) => RandomNumberGenerator.GetString(alphabet, length);
}
