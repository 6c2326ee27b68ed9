using System.Globalization;
using System.Net.Mime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storefront.StripeEmulator.Api;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// The hosted payment page at <c>/c/pay/{id}</c>. A plain form post, no script: the page must work in any browser
/// a test drives and from the keyboard alone.
/// </summary>
public static class HostedCheckoutEndpoints
{
    public static void MapHostedCheckout(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/c/pay/{id}", (CheckoutFlow flow, string id) =>
            Page(flow, id, session => HostedCheckoutPage.Render(session, CheckoutForm.Empty(session.CustomerEmail), null)));
        routes.MapPost("/c/pay/{id}", PayAsync);
    }

    private static async Task<IResult> PayAsync(HttpContext context, CheckoutFlow flow, TimeProvider time, string id)
    {
        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var form = new CheckoutForm(
            posted["email"].ToString().Trim(), posted["method"].ToString(), posted["cardNumber"].ToString(),
            posted["cardExpiry"].ToString(), posted["cardCvc"].ToString(), posted["iban"].ToString());
        return Page(flow, id, session =>
        {
            var problem = Validate(form, time.GetUtcNow());
            if (problem is not null)
            {
                return HostedCheckoutPage.Render(session, form, problem);
            }

            var attempt = form.Method == "sepa_debit"
                ? new PaymentAttempt(form.Email, null, form.Iban)
                : new PaymentAttempt(form.Email, form.CardNumber, null);
            var error = flow.Pay(session.Id, attempt);
            return error is null ? null : HostedCheckoutPage.Render(session, form, error.Message);
        });
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

    private static string? Validate(CheckoutForm form, DateTimeOffset now)
    {
        if (form.Email.Length == 0 || !form.Email.Contains('@', StringComparison.Ordinal))
        {
            return "Enter a valid email address.";
        }

        if (form.Method == "sepa_debit")
        {
            return form.Iban.Trim().Length == 0 ? "Enter your IBAN." : null;
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
        return cvc.Length is 3 or 4 && cvc.Length == form.CardCvc.Trim().Length ? null : "Your card's security code is incomplete.";
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, MediaTypeNames.Text.Html + "; charset=utf-8", statusCode: status);
}
