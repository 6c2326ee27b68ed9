using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Storefront.Tests.StripeEmulator.Infrastructure;

/// <summary>
/// The hosted payment page over plain HTTP, as a browser without script uses it: read the page, keep what its
/// form holds (values, the checked radio, the selected option), change some fields, and post it with a button.
/// </summary>
public sealed class HostedPageForm : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly string _url;

    private HostedPageForm(string url) => _url = url;

    public IDocument Page { get; private set; } = null!;

    /// <summary>Where the last post redirected to; null while the page stays.</summary>
    public string? RedirectedTo { get; private set; }

    public static async Task<HostedPageForm> OpenAsync(string url)
    {
        var form = new HostedPageForm(url);
        form.Page = Parse(await form._http.GetStringAsync(url));
        return form;
    }

    public string Text(string testId) => Page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim()
        ?? throw new InvalidOperationException($"The page has no {testId}.");

    public string? Alert => Page.QuerySelector("[role=alert]")?.TextContent.Trim();

    public string? Notice => Page.QuerySelector("[role=status]")?.TextContent.Trim();

    public IReadOnlyList<string> Options(string selectName) =>
        Page.QuerySelectorAll<IHtmlOptionElement>($"select[name={selectName}] option").Select(o => o.Value).ToList();

    public string? Checked(string radioName) =>
        Page.QuerySelector<IHtmlInputElement>($"input[type=radio][name={radioName}][checked]")?.Value;

    public bool Has(string name) => Page.QuerySelector($"[name={name}]") is not null;

    /// <summary>Posts the form as it stands, with <paramref name="changes"/> over it, pressing the button of that action.</summary>
    public async Task PostAsync(IReadOnlyDictionary<string, string> changes, string action = "pay")
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in Page.QuerySelectorAll<IHtmlInputElement>("form input"))
        {
            if (input.Type is not ("radio" or "checkbox") || input.IsChecked)
            {
                fields[input.Name!] = input.Value;
            }
        }

        foreach (var select in Page.QuerySelectorAll<IHtmlSelectElement>("form select"))
        {
            fields[select.Name!] = select.Value ?? "";
        }

        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        fields["action"] = action;
        using var response = await _http.PostAsync(_url, new FormUrlEncodedContent(fields));
        RedirectedTo = response.Headers.Location?.ToString();
        if (RedirectedTo is null)
        {
            Page = Parse(await response.Content.ReadAsStringAsync());
        }
    }

    public void Dispose() => _http.Dispose();

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
