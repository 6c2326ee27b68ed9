namespace Storefront.Core.Audit;

/// <summary>One page of the audit log; <see cref="Page"/> is the page actually shown after clamping.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageSize, int TotalCount)
{
    /// <summary>At least 1, so an empty list still reads as "page 1 of 1".</summary>
    public int PageCount { get; } = Math.Max(1, (int)((TotalCount + (long)PageSize - 1) / PageSize));
}
