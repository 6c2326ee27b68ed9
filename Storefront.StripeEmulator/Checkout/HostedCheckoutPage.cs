using System.Text.Encodings.Web;
using Storefront.StripeEmulator.Pages;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// The hosted payment page at a session's <c>url</c>: the order on one side; email, what the session collects and
/// payment on the other. Only the session's <c>payment_method_types</c> are offered.
/// </summary>
public static class HostedCheckoutPage
{
    public static string Render(CheckoutSession session, CheckoutForm form, CheckoutPreview preview, string? error, string? notice = null)
    {
        var e = HtmlEncoder.Default;
        var total = MoneyFormatter.Format(preview.Totals.Total, session.Currency);
        var alert = error is null ? "" : $"""<div class="error" role="alert">{e.Encode(error)}</div>""";
        var status = notice is null ? "" : $"""<div class="notice" role="status">{e.Encode(notice)}</div>""";
        var body = $"""
            {HostedCheckoutSummary.Render(session, preview)}
            <section aria-labelledby="payment">
            <h1 id="payment">Payment details</h1>
            <form method="post" novalidate>
            <label for="email">Email</label>
            <input id="email" name="email" type="email" autocomplete="email" required value="{e.Encode(form.Email)}">
            {HostedCheckoutShippingFields.Render(session, form, preview)}
            <fieldset>
            <legend>Payment method</legend>
            {PaymentMethods(session, form, e)}
            </fieldset>
            {alert}{status}
            <input type="hidden" name="shownTotal" value="{preview.Totals.Total}">
            <button type="submit" name="action" value="pay">Pay {e.Encode(total)}</button>
            </form>
            </section>
            """;
        return PageLayout.Render($"Pay {total}", body);
    }

    private static string PaymentMethods(CheckoutSession session, CheckoutForm form, HtmlEncoder e)
    {
        var methods = session.PaymentMethodTypes;
        var card = form.Method != "sepa_debit" || !methods.Contains("sepa_debit");
        var html = "";
        if (methods.Contains("card"))
        {
            html += $"""
                <label class="choice"><input type="radio" name="method" value="card"{(card ? " checked" : "")}> Card</label>
                <label for="cardNumber">Card number</label>
                <input id="cardNumber" name="cardNumber" type="text" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" value="{e.Encode(form.CardNumber)}">
                <div class="row">
                <div><label for="cardExpiry">Expiry</label>
                <input id="cardExpiry" name="cardExpiry" type="text" autocomplete="cc-exp" placeholder="MM / YY" value="{e.Encode(form.CardExpiry)}"></div>
                <div><label for="cardCvc">CVC</label>
                <input id="cardCvc" name="cardCvc" type="text" inputmode="numeric" autocomplete="cc-csc" placeholder="123" value="{e.Encode(form.CardCvc)}"></div>
                </div>
                <p class="hint">Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds.</p>
                """;
        }

        if (methods.Contains("sepa_debit"))
        {
            html += $"""
                <label class="choice"><input type="radio" name="method" value="sepa_debit"{(card ? "" : " checked")}> SEPA bank debit (settles later)</label>
                <label for="iban">IBAN</label>
                <input id="iban" name="iban" type="text" autocomplete="off" placeholder="DE89 3704 0044 0532 0130 00" value="{e.Encode(form.Iban)}">
                <p class="hint">Test IBANs: {TestPaymentMethods.SettlingIban} settles, {TestPaymentMethods.FailingIban} fails.</p>
                """;
        }

        return html;
    }
}
