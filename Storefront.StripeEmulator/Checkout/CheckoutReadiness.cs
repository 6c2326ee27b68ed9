using Storefront.StripeEmulator.Discounts;
using Storefront.StripeEmulator.PaymentIntents;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>What must hold before an open session can be paid, whichever way the payment comes in.</summary>
public static class CheckoutReadiness
{
    public static PaymentError? Problem(CheckoutSession session, PaymentAttempt attempt, long now)
    {
        var type = attempt.IsBankDebit ? "sepa_debit" : "card";
        if (!session.PaymentMethodTypes.Contains(type))
        {
            return Invalid("payment_method_not_available",
                $"This payment does not accept {(attempt.IsBankDebit ? "SEPA bank debit" : "cards")}.");
        }

        if (session.AllowedCountries is not null && session.ShippingDetails is null)
        {
            return Invalid("shipping_address_required", "Enter the shipping address.");
        }

        if (session.PhoneNumberCollection && session.Phone is null)
        {
            return Invalid("phone_number_required", "Enter a phone number.");
        }

        // A code can run out between being applied and being paid for: another session may have used its last redemption.
        if (session.Discount is { PromotionCode: { } code } && PromotionCodeCheck.Refusal(code, session.Currency, now) is { } refusal)
        {
            session.Discount = null;
            return Invalid("promotion_code_invalid", $"{refusal} It was removed; check the new total.");
        }

        return null;
    }

    private static PaymentError Invalid(string code, string message) => new("invalid_request_error", code, null, message);
}
