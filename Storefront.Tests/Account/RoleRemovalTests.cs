using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Account;
using Storefront.Web.Shopping;

namespace Storefront.Tests.Account;

/// <summary>
/// An admin whose role is taken away at Auth0 (the stand-in) loses the admin pages within <c>Auth:RevalidateInterval</c>:
/// the store redeems the session's refresh token, kept on the server, and reads the roles of the fresh ID token.
/// </summary>
public sealed class RoleRemovalTests
{
    private static readonly Dictionary<string, string?> ShortInterval = new() { ["Auth:RevalidateInterval"] = "00:00:00.300" };

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_admin_whose_role_is_removed_at_the_provider_is_refused_the_admin_pages_within_the_interval(DatabaseProvider provider)
    {
        await using var shop = await StoreWithAuth0.StartAsync(provider, ShortInterval);
        var admin = await OidcUsers.CreateAsync(StorefrontRoles.Admin);
        using var browser = new Auth0HttpSignIn(shop.BaseUri);
        using var dashboard = await browser.SignInAsync(shop.Oidc, admin, "/admin");
        var signedIn = await SessionOfAsync(shop, admin);

        await OidcUsers.RemoveRolesAsync(admin, StorefrontRoles.Admin);

        using var refused = await Wait.UntilAsync(async () =>
        {
            var response = await browser.Http.GetAsync("/admin");
            return response.RequestMessage!.RequestUri!.AbsolutePath == AccountPaths.AccessDenied ? response : null;
        });
        // Still signed in, as a shopper: the header shows the name visitor.js reads from /me.
        var visitor = await browser.Http.GetFromJsonAsync<VisitorState>(VisitorEndpoints.Path);
        var demoted = await SessionOfAsync(shop, admin);
        Assert.Contains("<h1>Dashboard</h1>", await dashboard.Content.ReadAsStringAsync());
        Assert.Equal(["admin"], signedIn.Roles);
        Assert.NotNull(signedIn.ProviderGrant);
        Assert.Contains("Access denied", await refused.Content.ReadAsStringAsync());
        Assert.Equal((true, admin.Name, false), (visitor!.SignedIn, visitor.Name, visitor.IsAdmin));
        Assert.Empty(demoted.Roles);
        Assert.Null(demoted.RevokedAt);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), cookie => cookie.Value.Contains(signedIn.ProviderGrant!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_deleted_at_the_provider_is_signed_out_and_the_session_revoked_within_the_interval()
    {
        await using var shop = await StoreWithAuth0.StartAsync(DatabaseProvider.Sqlite, ShortInterval);
        var shopper = await OidcUsers.CreateAsync();
        using var browser = new Auth0HttpSignIn(shop.BaseUri);
        using var orders = await browser.SignInAsync(shop.Oidc, shopper, AccountPaths.Orders);

        await OidcUsers.DeleteAsync(shopper);

        using var sentToSignIn = await Wait.UntilAsync(async () =>
        {
            var response = await browser.Http.GetAsync(AccountPaths.Orders);
            return response.RequestMessage!.RequestUri!.Authority == shop.Oidc.Issuer.Authority ? response : null;
        });
        var session = await SessionOfAsync(shop, shopper);
        Assert.Contains("<h1>Your orders</h1>", await orders.Content.ReadAsStringAsync());
        Assert.NotNull(session.RevokedAt);
        Assert.Null(session.ProviderGrant);
    }

    private static async Task<Core.SignIn.SignInSession> SessionOfAsync(StoreWithAuth0 shop, OidcAccount account)
    {
        await using var db = shop.Store.Database.NewContext();
        return await db.SignInSessions.AsNoTracking().SingleAsync(s => s.UserId == account.Sub);
    }
}
