using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Tests.StripeEmulator.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Account;

/// <summary>
/// The sign-in cookie is only as good as its server-side session record: signing out on one browser, or
/// "sign out everywhere", stops every copy of the cookie within <c>Auth:RevalidateInterval</c>.
/// </summary>
public sealed class SignInSessionTests
{
    private const string AuthCookie = ".Storefront.Auth";

    private static readonly Dictionary<string, string?> ShortInterval = new() { ["Auth:RevalidateInterval"] = "00:00:00.300" };

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Signing_out_on_one_browser_stops_a_copy_of_its_cookie_on_another_within_the_interval(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database, ShortInterval);
        var deviceA = new CookieContainer();
        using var a = app.CreateDefaultClient(new CookieContainerHandler(deviceA));
        await a.SignInAsDevAsync(DevUser.Admin);
        var deviceB = new CookieContainer();
        deviceB.Add(a.BaseAddress!, new Cookie(AuthCookie, deviceA.GetCookies(a.BaseAddress!)[AuthCookie]!.Value));
        using var b = app.CreateDefaultClient(new CookieContainerHandler(deviceB));
        using var beforeSignOut = await b.GetAsync("/admin");
        var started = await SessionsOfAsync(database, DevUser.Admin.UserId);

        await SignOutAsync(a, AccountPaths.Logout);

        var refused = await Wait.UntilAsync(async () => await RefusedAsync(b, "/admin"));
        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        var session = Assert.Single(started);
        Assert.Equal(["admin"], session.Roles);
        Assert.Equal((null, null), (session.RevokedAt, session.ProviderGrant));
        Assert.NotNull(Assert.Single(await SessionsOfAsync(database, DevUser.Admin.UserId)).RevokedAt);
        Assert.Equal($"{AccountPaths.Login}?returnUrl=%2Fadmin", refused.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task Signing_out_everywhere_stops_every_browser_of_that_user_and_no_one_else(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database, ShortInterval);
        using var laptop = app.CreateDefaultClient(new CookieContainerHandler());
        using var phone = app.CreateDefaultClient(new CookieContainerHandler());
        using var someoneElse = app.CreateDefaultClient(new CookieContainerHandler());
        await laptop.SignInAsDevAsync(DevUser.Shopper);
        await phone.SignInAsDevAsync(DevUser.Shopper);
        await someoneElse.SignInAsDevAsync(DevUser.Admin);

        await SignOutAsync(laptop, AccountPaths.LogoutEverywhere);

        await Wait.UntilAsync(async () => await RefusedAsync(phone, AccountPaths.Orders));
        using var stillSignedIn = await someoneElse.GetAsync(AccountPaths.Orders);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.All(await SessionsOfAsync(database, DevUser.Shopper.UserId), session => Assert.NotNull(session.RevokedAt));
        Assert.Equal(2, (await SessionsOfAsync(database, DevUser.Shopper.UserId)).Count);
        Assert.Null(Assert.Single(await SessionsOfAsync(database, DevUser.Admin.UserId)).RevokedAt);
    }

    private static async Task SignOutAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(AccountPaths.Orders);
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The response when <paramref name="path"/> sends the browser to sign in; null while it still opens.</summary>
    private static async Task<HttpResponseMessage?> RefusedAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == AccountPaths.Login ? response : null;
    }

    private static async Task<List<Core.SignIn.SignInSession>> SessionsOfAsync(TestDatabase database, string userId)
    {
        await using var db = database.NewContext();
        return await db.SignInSessions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync();
    }
}
