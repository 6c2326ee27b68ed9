using System.Text.Encodings.Web;
using Storefront.StripeEmulator.Pages;

namespace Storefront.StripeEmulator.Checkout;

/// <summary>What the session's URL shows once there is nothing left to pay: paid, expired, or no such session.</summary>
public static class CheckoutStatusPage
{
    public static string Closed(CheckoutSession session)
    {
        var e = HtmlEncoder.Default;
        var (title, text, link, linkText) = session.Status switch
        {
            "expired" => ("This checkout session has expired",
                "Nothing was charged. Go back to the shop to start a new checkout.", session.CancelUrl, "Back to the shop"),
            _ when session.PaymentStatus == "paid" => ("This checkout session is already paid",
                $"Thank you: {MoneyFormatter.Format(session.AmountTotal, session.Currency)} was paid.", session.SuccessUrl, "Continue"),
            _ => ("Your payment is processing",
                "The bank debit is on its way; the shop is told when it settles.", session.SuccessUrl, "Continue"),
        };
        var action = link is null ? "" : $"""<a class="action" href="{e.Encode(link)}">{e.Encode(linkText)}</a>""";
        return Render(title, $"<p>{e.Encode(text)}</p>{action}");
    }

    public static string NotFound(string id) =>
        Render("Checkout session not found",
            $"<p>There is no checkout session <code>{HtmlEncoder.Default.Encode(id)}</code> in this emulator. " +
            "It may have been created by another run: the emulator keeps its state in memory.</p>");

    private static string Render(string title, string body) =>
        PageLayout.Render(title, $"""<section><h1>{HtmlEncoder.Default.Encode(title)}</h1>{body}</section>""", single: true);
}
