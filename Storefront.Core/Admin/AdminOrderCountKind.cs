namespace Storefront.Core.Admin;

public enum AdminOrderCountKind
{
    Exact,

    /// <summary>Past the exact-count limit, from the maintained daily totals.</summary>
    About,

    /// <summary>Past the exact-count limit with a search, which no total can answer.</summary>
    MoreThan,
}
