using System.Globalization;
using System.Net.Mime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storefront.StripeEmulator.Api;
using Storefront.StripeEmulator.Pages;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// The hosted payment page at <c>/c/pay/{id}</c>. A plain form post, no script: the page must work in any browser
/// a test drives and from the keyboard alone. Without script the page cannot update its total as the shopper
/// picks, so a Pay whose shipping option, address or code changes the total shows the new total first.
/// </summary>
public static class HostedCheckoutEndpoints
{
    public static void MapHostedCheckout(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/c/pay/{id}", (CheckoutFlow flow, CheckoutChoices choices, string id) =>
            Page(flow, id, session => Render(session, CheckoutForm.Empty(session), choices, null)));
        routes.MapPost("/c/pay/{id}", PayAsync);
    }

    private static async Task<IResult> PayAsync(
        HttpContext context, CheckoutFlow flow, CheckoutChoices choices, TimeProvider time, string id)
    {
        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var form = CheckoutForm.From(posted);
        var applying = posted["action"] == "apply";
        return Page(flow, id, session =>
        {
            if (form.Method.Length == 0)
            {
                form = form with { Method = session.PaymentMethodTypes[0] };
            }

            if (applying)
            {
                var refused = choices.ApplyCode(session, form.PromotionCode);
                return refused is null
                    ? Render(session, form, choices, null, $"Promotion code {form.PromotionCode.ToUpperInvariant()} applied.")
                    : Render(session, form with { PromotionCode = "" }, choices, refused);
            }

            if (Validate(form, session, time.GetUtcNow()) is { } problem)
            {
                return Render(session, form, choices, problem);
            }

            if (choices.Choose(session, form.ToChoice(session)) is { } refusal)
            {
                return Render(session, form, choices, refusal.Message);
            }

            var typedCode = form.PromotionCode.Length > 0
                && !string.Equals(form.PromotionCode, session.Discount?.PromotionCode?.Code, StringComparison.OrdinalIgnoreCase);
            if (typedCode && choices.ApplyCode(session, form.PromotionCode) is { } codeRefusal)
            {
                return Render(session, form with { PromotionCode = "" }, choices, codeRefusal);
            }

            // A post without the page's hidden total (a script, a test) pays what the session now costs.
            if (form.ShownTotal.Length > 0 && form.ShownTotal != session.AmountTotal.ToString(CultureInfo.InvariantCulture))
            {
                return Render(session, form, choices, null,
                    $"Your total is now {MoneyFormatter.Format(session.AmountTotal, session.Currency)}. Check it and select Pay again.");
            }

            var attempt = form.Method == "sepa_debit"
                ? new PaymentAttempt(form.Email, null, form.Iban)
                : new PaymentAttempt(form.Email, form.CardNumber, null);
            var error = flow.Pay(session.Id, attempt);
            return error is null ? null : Render(session, form, choices, error.Message);
        });
    }

    private static string Render(CheckoutSession session, CheckoutForm form, CheckoutChoices choices, string? error, string? notice = null)
    {
        var country = form.Country.Length > 0 ? form.Country : session.AllowedCountries?.FirstOrDefault();
        var preview = choices.Preview(session, form.ShippingRateId, country);
        return HostedCheckoutPage.Render(session, form, preview, error, notice);
    }

    /// <summary>Renders <paramref name="open"/> for an open session; a null page means "paid: go to success_url".</summary>
    private static IResult Page(CheckoutFlow flow, string id, Func<CheckoutSession, string?> open)
    {
        flow.ApplyDue();
        CheckoutSession session;
        try
        {
            session = flow.Find(id);
        }
        catch (StripeApiException)
        {
            return Html(CheckoutStatusPage.NotFound(id), StatusCodes.Status404NotFound);
        }

        if (!session.IsOpen)
        {
            return Html(CheckoutStatusPage.Closed(session));
        }

        var page = open(session);
        return page is null ? Results.Redirect(session.SuccessUrl, permanent: false, preserveMethod: false) : Html(page);
    }

    private static string? Validate(CheckoutForm form, CheckoutSession session, DateTimeOffset now)
    {
        if (form.Email.Length == 0 || !form.Email.Contains('@', StringComparison.Ordinal))
        {
            return "Enter a valid email address.";
        }

        if (!session.PaymentMethodTypes.Contains(form.Method))
        {
            return "Choose one of the payment methods offered.";
        }

        if (form.Method == "sepa_debit")
        {
            return form.Iban.Length == 0 ? "Enter your IBAN." : null;
        }

        if (TestPaymentMethods.Digits(form.CardNumber).Length == 0)
        {
            return "Enter your card number.";
        }

        var expiry = form.CardExpiry.Replace(" ", "", StringComparison.Ordinal);
        if (!DateTime.TryParseExact(expiry, "MM/yy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return "Your card's expiration date is incomplete.";
        }

        if (month.AddMonths(1) <= now.UtcDateTime)
        {
            return "Your card's expiration year is in the past.";
        }

        var cvc = TestPaymentMethods.Digits(form.CardCvc);
        return cvc.Length is 3 or 4 && cvc.Length == form.CardCvc.Length ? null : "Your card's security code is incomplete.";
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, MediaTypeNames.Text.Html + "; charset=utf-8", statusCode: status);
}
