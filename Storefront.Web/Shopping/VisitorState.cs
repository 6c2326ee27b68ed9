namespace Storefront.Web.Shopping;

/// <summary>The visitor's own parts of a page, which cached pages leave out: <c>GET /me</c>'s answer.</summary>
/// <param name="IsAdmin">Whether to show the link to the admin pages.</param>
/// <param name="SignOutToken">The antiforgery token for the header's "Sign out" form, for a signed-in visitor only.</param>
public sealed record VisitorState(int CartCount, bool SignedIn, string? Name, bool IsAdmin, string? SignOutToken);
