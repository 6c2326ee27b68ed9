using System.Text.Encodings.Web;

namespace Storefront.StripeEmulator.Pages;

/// <summary>The HTML document every emulator page shares: inline CSS and the test-mode banner.</summary>
public static class PageLayout
{
    private const string Css = """
        :root { color-scheme: light; --ink: #1a1f36; --muted: #697386; --line: #e3e8ee; --brand: #635bff; --bad: #df1b41; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f6f9fc; }
        .banner { background: #ffde92; color: #5a3d00; text-align: center; font-size: .875rem; font-weight: 600; padding: .4rem; }
        main { max-width: 56rem; margin: 2rem auto; padding: 0 1rem; display: grid; gap: 2rem; grid-template-columns: 1fr 1fr; }
        main.single { grid-template-columns: 1fr; max-width: 32rem; }
        @media (max-width: 44rem) { main { grid-template-columns: 1fr; } }
        section { align-self: start; background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1.5rem; }
        h1 { font-size: 1.25rem; margin: 0 0 1rem; }
        .back { color: var(--muted); text-decoration: none; display: inline-block; margin-bottom: 1rem; }
        .back:hover, .back:focus { color: var(--ink); text-decoration: underline; }
        table { width: 100%; border-collapse: collapse; }
        td { padding: .5rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.amount { text-align: right; white-space: nowrap; }
        .detail { color: var(--muted); font-size: .875rem; }
        .total td { font-weight: 700; border-bottom: 0; font-size: 1.125rem; }
        label { display: block; font-size: .875rem; font-weight: 600; margin: 1rem 0 .25rem; }
        input[type=email], input[type=text], input[type=tel], select { width: 100%; padding: .6rem .75rem; border: 1px solid #cfd7df; border-radius: .375rem; font: inherit; }
        input:focus, select:focus, button:focus, a:focus { outline: 3px solid #a4a0ff; outline-offset: 1px; }
        fieldset { border: 1px solid var(--line); border-radius: .375rem; margin: 1rem 0 0; padding: 0 1rem 1rem; }
        legend { font-weight: 600; padding: 0 .25rem; }
        .row { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .row.code { grid-template-columns: 1fr auto; align-items: center; }
        .choice { font-weight: 400; display: flex; gap: .5rem; align-items: center; }
        button { margin-top: 1.5rem; width: 100%; padding: .75rem; border: 0; border-radius: .375rem; background: var(--brand); color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
        button.secondary { margin-top: 0; width: auto; background: #fff; color: var(--brand); border: 1px solid var(--brand); }
        .notice { background: #eef6ff; border: 1px solid #b6d4fe; border-radius: .375rem; padding: .75rem; margin-top: 1rem; }
        .error { color: var(--bad); background: #fff0f3; border: 1px solid #ffc7d4; border-radius: .375rem; padding: .75rem; margin-top: 1rem; }
        .hint { color: var(--muted); font-size: .8125rem; margin: .25rem 0 0; }
        a.action { display: inline-block; margin-top: 1rem; color: var(--brand); font-weight: 600; }
        """;

    public static string Render(string title, string body, bool single = false)
    {
        var encoder = HtmlEncoder.Default;
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{encoder.Encode(title)}</title>
            <style>{Css}</style>
            </head>
            <body>
            <div class="banner" role="note">Test mode · Storefront Stripe emulator</div>
            <main{(single ? " class=\"single\"" : "")}>
            {body}
            </main>
            </body>
            </html>
            """;
    }
}
