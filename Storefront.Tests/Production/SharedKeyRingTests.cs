using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using Storefront.Web.Shopping;

namespace Storefront.Tests.Production;

/// <summary>Two instances of the store on one database read each other's antiforgery tokens and sign-in cookies.</summary>
public sealed class SharedKeyRingTests
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_form_from_one_instance_signs_in_on_another_and_that_cookie_works_on_the_first(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = new StorefrontFactory(database);
        var cookies = new CookieContainer();
        using var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        var signInPage = await onFirst.GetStringAsync(AccountPaths.DevSignIn);

        await using var second = new StorefrontFactory(database);
        using var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var signIn = await onSecond.PostAsync(AccountPaths.DevSignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DevSignIn.AntiforgeryToken(signInPage),
            ["account"] = DevUser.Shopper.Key,
            ["returnUrl"] = "/account/orders",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var orders = await onFirst.GetAsync("/account/orders");

        Assert.Equal(HttpStatusCode.OK, orders.StatusCode);
        Assert.Contains("<h1>Your orders</h1>", await orders.Content.ReadAsStringAsync());
        Assert.Equal(DevUser.Shopper.Name, (await onFirst.GetFromJsonAsync<VisitorState>(VisitorEndpoints.Path))!.Name);
        await using var db = database.NewContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }
}
