using Microsoft.AspNetCore.Components.Authorization;
using Storefront.Core.Audit;
using Storefront.Web.Account;

namespace Storefront.Web.Admin;

/// <summary>The staff member behind an admin action, from the server's authentication state (never from the form).</summary>
public static class StaffActor
{
    public static async Task<AuditActor> OfAsync(AuthenticationStateProvider authentication)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var id = user.UserId() ?? throw new InvalidOperationException("An admin action needs a signed-in user; the admin pages require one.");
        return new AuditActor(id, user.DisplayName());
    }
}
