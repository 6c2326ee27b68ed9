using System.Text;
using System.Text.Encodings.Web;
using Storefront.StripeEmulator.Pages;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>The hosted payment page at a session's <c>url</c>: the order on one side, email and payment on the other.</summary>
public static class HostedCheckoutPage
{
    public static string Render(CheckoutSession session, CheckoutForm form, string? error)
    {
        var e = HtmlEncoder.Default;
        var total = MoneyFormatter.Format(session.AmountTotal, session.Currency);
        var lines = new StringBuilder();
        foreach (var item in session.LineItems)
        {
            lines.Append($"""
                <tr><td>{e.Encode(item.Name)}{Description(item, e)}<div class="detail">Qty {item.Quantity} × {e.Encode(MoneyFormatter.Format(item.UnitAmount, item.Currency))}</div></td>
                <td class="amount">{e.Encode(MoneyFormatter.Format(item.AmountTotal, item.Currency))}</td></tr>
                """);
        }

        var back = session.CancelUrl is null ? "" : $"""<a class="back" href="{e.Encode(session.CancelUrl)}">← Back</a>""";
        var alert = error is null ? "" : $"""<div class="error" role="alert">{e.Encode(error)}</div>""";
        var card = form.Method != "sepa_debit";
        var body = $"""
            <section aria-labelledby="summary">
            {back}
            <h1 id="summary">Pay {e.Encode(total)}</h1>
            <table>
            {lines}
            <tr class="total"><td>Total due</td><td class="amount" data-testid="total">{e.Encode(total)}</td></tr>
            </table>
            </section>
            <section aria-labelledby="payment">
            <h1 id="payment">Payment details</h1>
            <form method="post" novalidate>
            <label for="email">Email</label>
            <input id="email" name="email" type="email" autocomplete="email" required value="{e.Encode(form.Email)}">
            <fieldset>
            <legend>Payment method</legend>
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
            <label class="choice"><input type="radio" name="method" value="sepa_debit"{(card ? "" : " checked")}> SEPA bank debit (settles later)</label>
            <label for="iban">IBAN</label>
            <input id="iban" name="iban" type="text" autocomplete="off" placeholder="DE89 3704 0044 0532 0130 00" value="{e.Encode(form.Iban)}">
            <p class="hint">Test IBANs: {TestPaymentMethods.SettlingIban} settles, {TestPaymentMethods.FailingIban} fails.</p>
            </fieldset>
            {alert}
            <button type="submit">Pay {e.Encode(total)}</button>
            </form>
            </section>
            """;
        return PageLayout.Render($"Pay {total}", body);
    }

    private static string Description(CheckoutLineItem item, HtmlEncoder e) =>
        item.Description is null ? "" : $"<div class=\"detail\">{e.Encode(item.Description)}</div>";
}
