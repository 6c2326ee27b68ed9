using Storefront.Core.Audit;

namespace Storefront.Web.Admin.Audit;

/// <summary>What an audit page query asks for; when <see cref="Problems"/> is not empty the query is refused.</summary>
public sealed record AuditListParse(AuditFilter Filter, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
