using Storefront.StripeEmulator.PaymentIntents;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>Stripe's documented test card numbers and test IBANs, with the outcome each has on Stripe.</summary>
public static class TestPaymentMethods
{
    public const string SucceedingCard = "4242424242424242";
    public const string SucceedingMastercard = "5555555555554444";
    public const string DeclinedCard = "4000000000000002";
    public const string InsufficientFundsCard = "4000000000009995";
    public const string SettlingIban = "DE89370400440532013000";
    public const string FailingIban = "DE62370400440532013001";

    private static readonly PaymentError Declined =
        new("card_error", "card_declined", "generic_decline", "Your card was declined.");

    private static readonly PaymentError InsufficientFunds =
        new("card_error", "card_declined", "insufficient_funds", "Your card has insufficient funds.");

    private static readonly PaymentError LiveCardInTestMode = new(
        "card_error", "card_declined", "test_mode_live_card",
        "Your card was declined. Your request was in test mode, but used a non test card.");

    private static readonly PaymentError IncorrectNumber =
        new("card_error", "incorrect_number", null, "Your card number is incorrect.");

    /// <summary>Null when the card pays, otherwise the error Stripe reports for it.</summary>
    public static PaymentError? CardOutcome(string number) => Digits(number) switch
    {
        SucceedingCard or SucceedingMastercard => null,
        DeclinedCard => Declined,
        InsufficientFundsCard => InsufficientFunds,
        var digits when digits.Length is >= 13 and <= 19 && PassesLuhn(digits) => LiveCardInTestMode,
        _ => IncorrectNumber,
    };

    /// <summary>Whether a test IBAN settles later (true), fails later (false), or is not a test IBAN (null).</summary>
    public static bool? IbanSettles(string iban) => iban.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() switch
    {
        SettlingIban => true,
        FailingIban => false,
        _ => null,
    };

    public static string Digits(string number) => new(number.Where(char.IsAsciiDigit).ToArray());

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
