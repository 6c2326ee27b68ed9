using System.Text.RegularExpressions;

namespace Storefront.Core.Payments;

/// <summary>Checks an id from a URL before it is sent to Stripe or looked up.</summary>
public static partial class StripeIds
{
    public static bool IsCheckoutSession([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) =>
        value is not null && CheckoutSessionId().IsMatch(value);

    [GeneratedRegex("^cs_[A-Za-z0-9_]{1,250}$")]
    private static partial Regex CheckoutSessionId();
}
