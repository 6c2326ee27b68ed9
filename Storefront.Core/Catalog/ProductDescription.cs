using Ganss.Xss;
using Markdig;

namespace Storefront.Core.Catalog;

/// <summary>
/// A product's Markdown as HTML that is safe to put in a page: raw HTML in the Markdown is shown as text, and the
/// result is sanitized, so no script, event handler or <c>javascript:</c> link survives whatever was typed.
/// </summary>
public static class ProductDescription
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    private static readonly HtmlSanitizer Sanitizer = new();

    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
