using System.Globalization;
using Storefront.Core.Audit;

namespace Storefront.Web.Admin.Audit;

/// <summary>
/// The audit page's URL query exactly as it arrived, so the filter form shows back what was typed even when it is
/// wrong. <see cref="Parse"/> turns it into a filter, or into messages that say what to fix.
/// </summary>
public sealed record AuditListQuery(string? Action, string? Actor, string? Target, string? From, string? To, string? Page)
{
    public const string ActionKey = "action";
    public const string ActorKey = "actor";
    public const string TargetKey = "target";
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string PageKey = "page";
    public const int MaxTextLength = 200;

    public AuditListParse Parse()
    {
        var problems = new List<string>();
        var action = Action?.Trim();
        if (!string.IsNullOrEmpty(action) && !AuditActions.All.Contains(action))
        {
            problems.Add($"“{Action}” is not an audited action.");
        }

        var from = QueryFields.Date(From, "From", problems);
        var to = QueryFields.Date(To, "To", problems);
        if (from > to)
        {
            problems.Add($"“From” ({From}) is after “To” ({To}).");
        }

        var actor = Text(Actor, "Staff member", problems);
        var target = Text(Target, "Target", problems);
        var filter = new AuditFilter
        {
            Action = string.IsNullOrEmpty(action) ? null : action,
            Actor = actor,
            Target = target,
            From = from,
            To = to,
            Page = QueryFields.Page(Page, problems),
        };
        return new AuditListParse(filter, problems);
    }

    /// <summary>The address of <paramref name="page"/> of this same filter.</summary>
    public string PathFor(int page)
    {
        var parts = new (string Key, string? Value)[]
        {
            (ActionKey, Action), (ActorKey, Actor), (TargetKey, Target), (FromKey, From), (ToKey, To), (PageKey, page.ToString(CultureInfo.InvariantCulture)),
        };
        return AuditLinks.List + "?" + string.Join("&", parts.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }

    private static string? Text(string? text, string name, List<string> problems)
    {
        var trimmed = text?.Trim();
        if (trimmed?.Length > MaxTextLength)
        {
            problems.Add($"“{name}” is longer than {MaxTextLength} characters.");
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
