using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.State;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// Reads <c>POST /v1/checkout/sessions</c> parameters into a new session, refusing what Stripe refuses. Callers hold
/// the store's lock: shipping rates, coupons and promotion codes are looked up in it.
/// </summary>
public static class CreateSessionParameters
{
    private static readonly TimeSpan MinimumLifetime = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan MaximumLifetime = TimeSpan.FromHours(24);

    private static readonly string[] PaymentMethods = ["card", "sepa_debit"];

    public static CheckoutSession Read(FormParameters form, long now, string emulatorBaseUrl, EmulatorStore store)
    {
        var mode = form.Required("mode");
        if (mode != "payment")
        {
            throw StripeApiException.Invalid("mode", $"The Stripe emulator supports only mode=payment, not '{mode}'.");
        }

        var lineItems = ReadLineItems(form, now);
        var successUrl = AbsoluteUrl(form, "success_url", required: true)!;
        var cancelUrl = AbsoluteUrl(form, "cancel_url", required: false);
        var expiresAt = ReadExpiresAt(form, now);
        var paymentMethodTypes = ReadPaymentMethodTypes(form);

        var currency = lineItems[0].Currency;
        var allowPromotionCodes = form.Bool("allow_promotion_codes");
        var shippingOptions = CreateSessionShipping.Options(form, store, currency, now);

        var id = Ids.New("cs_test", 58);
        var session = new CheckoutSession
        {
            Id = id,
            Created = now,
            ExpiresAt = expiresAt,
            Currency = currency,
            LineItems = lineItems,
            Metadata = form.Map("metadata"),
            PaymentIntentMetadata = form.Map("payment_intent_data[metadata]"),
            ClientReferenceId = form.String("client_reference_id"),
            CustomerEmail = form.String("customer_email"),
            SuccessUrl = successUrl.Replace("{CHECKOUT_SESSION_ID}", id, StringComparison.Ordinal),
            CancelUrl = cancelUrl,
            Url = $"{emulatorBaseUrl}/c/pay/{id}",
            PaymentMethodTypes = paymentMethodTypes.Offered,
            AllowedPaymentMethodTypes = paymentMethodTypes.Allowed,
            ExcludedPaymentMethodTypes = paymentMethodTypes.Excluded,
            AllowedCountries = CreateSessionShipping.AllowedCountries(form),
            ShippingOptions = shippingOptions,
            ShippingRate = shippingOptions.FirstOrDefault(),
            AutomaticTax = Enabled(form, "automatic_tax"),
            PhoneNumberCollection = Enabled(form, "phone_number_collection"),
            AllowPromotionCodes = allowPromotionCodes,
            Discount = CreateSessionDiscounts.Read(form, store, allowPromotionCodes, currency, now),
        };
        return session;
    }

    /// <summary>
    /// Since API 2026-09-30 a session takes <c>allowed_payment_method_types</c> or
    /// <c>excluded_payment_method_types</c>, and <c>payment_method_types</c> only reports what is offered.
    /// </summary>
    private static (IReadOnlyList<string> Offered, IReadOnlyList<string>? Allowed, IReadOnlyList<string>? Excluded)
        ReadPaymentMethodTypes(FormParameters form)
    {
        if (form.Has("payment_method_types"))
        {
            throw new StripeApiException(400, "invalid_request_error", "parameter_unknown",
                "Received unknown parameter: payment_method_types. Since API version 2026-09-30 a Checkout Session " +
                "takes allowed_payment_method_types (or excluded_payment_method_types).", "payment_method_types");
        }

        var allowed = form.List("allowed_payment_method_types");
        var excluded = form.List("excluded_payment_method_types");
        if (allowed.Count > 0 && excluded.Count > 0)
        {
            throw StripeApiException.Invalid("excluded_payment_method_types",
                "You may only specify one of these parameters: allowed_payment_method_types, excluded_payment_method_types.");
        }

        var (param, given) = allowed.Count > 0 ? ("allowed_payment_method_types", allowed) : ("excluded_payment_method_types", excluded);
        foreach (var type in given.Where(t => !PaymentMethods.Contains(t)))
        {
            throw StripeApiException.Invalid(param, $"The emulator supports card and sepa_debit, not '{type}'.");
        }

        var offered = allowed.Count > 0 ? allowed.Distinct().ToList() : PaymentMethods.Except(excluded).ToList();
        return offered.Count > 0
            ? (offered, allowed.Count > 0 ? allowed : null, excluded.Count > 0 ? excluded : null)
            : throw StripeApiException.Invalid(param, "No payment method is left to offer.");
    }

    /// <summary><c>automatic_tax[enabled]</c> and the like: the object is optional, its <c>enabled</c> is not.</summary>
    private static bool Enabled(FormParameters form, string key) =>
        form.Has(key) && (form.Bool($"{key}[enabled]") ?? throw StripeApiException.Missing($"{key}[enabled]"));

    private static List<CheckoutLineItem> ReadLineItems(FormParameters form, long now)
    {
        var count = form.Count("line_items");
        if (count == 0)
        {
            throw StripeApiException.Missing("line_items");
        }

        var items = new List<CheckoutLineItem>();
        for (var i = 0; i < count; i++)
        {
            var prefix = $"line_items[{i}]";
            if (form.String($"{prefix}[price]") is { } priceId)
            {
                throw StripeApiException.NoSuch("price", priceId, $"{prefix}[price]");
            }

            var price = $"{prefix}[price_data]";
            var product = $"{price}[product_data]";
            var currency = form.Required($"{price}[currency]").ToLowerInvariant();
            var unitAmount = form.Long($"{price}[unit_amount]") ?? throw StripeApiException.Missing($"{price}[unit_amount]");
            var quantity = form.Long($"{prefix}[quantity]") ?? throw StripeApiException.Missing($"{prefix}[quantity]");
            if (quantity < 1)
            {
                throw StripeApiException.Invalid($"{prefix}[quantity]", "Quantity must be at least 1.");
            }

            if (items.Count > 0 && items[0].Currency != currency)
            {
                throw StripeApiException.Invalid($"{price}[currency]", "All line items must use the same currency.");
            }

            // Accepted as Stripe accepts them; the emulator has no product pages to show them on.
            form.Map($"{product}[metadata]");
            form.List($"{product}[images]");
            items.Add(new CheckoutLineItem(
                Ids.New("li"), Ids.New("price"), Ids.New("prod"), form.Required($"{product}[name]"),
                form.String($"{product}[description]"), unitAmount, currency, quantity, now));
        }

        return items;
    }

    private static string? AbsoluteUrl(FormParameters form, string key, bool required)
    {
        var url = required ? form.Required(key) : form.String(key);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw StripeApiException.Invalid(key, "Not a valid URL", "url_invalid");
        }

        return url;
    }

    private static long ReadExpiresAt(FormParameters form, long now)
    {
        var expiresAt = form.Long("expires_at");
        if (expiresAt is null)
        {
            return now + (long)MaximumLifetime.TotalSeconds;
        }

        if (expiresAt < now + (long)MinimumLifetime.TotalSeconds)
        {
            throw StripeApiException.Invalid("expires_at",
                "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.");
        }

        if (expiresAt > now + (long)MaximumLifetime.TotalSeconds)
        {
            throw StripeApiException.Invalid("expires_at",
                "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.");
        }

        return expiresAt.Value;
    }
}
