namespace Storefront.Web.Shopping;

/// <summary>The visitor's own parts of a page, which cached pages leave out: <c>GET /me</c>'s answer.</summary>
/// <param name="IsAdmin">Whether to show the link to the admin pages.</param>
public sealed record VisitorState(int CartCount, bool SignedIn, string? Name, bool IsAdmin);
