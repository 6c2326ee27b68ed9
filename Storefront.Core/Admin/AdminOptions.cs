namespace Storefront.Core.Admin;

/// <summary><c>Admin:…</c>: how the admin pages stay fast on a large shop.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public const int LargestExactCountLimit = 1_000_000;

    /// <summary>
    /// The order list counts the orders a filter matches exactly up to this many (reading at most one more); past it
    /// the count is "about N", from the daily totals, or "more than N" for a search.
    /// </summary>
    public int ExactCountLimit { get; set; } = 10_000;
}
