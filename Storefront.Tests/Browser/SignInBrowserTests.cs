using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

/// <summary>Signing in and out through Auth0 (the local stand-in), in Chromium, as shoppers and staff do.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class SignInBrowserTests(ChromiumFixture chromium)
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task A_shopper_signs_in_and_sees_only_their_own_orders_and_no_admin_pages(DatabaseProvider provider)
    {
        await using var shop = await StoreWithAuth0.StartAsync(provider);
        var own = await shop.PaidOrderOfAsync(OidcAccount.Shopper);
        var someoneElses = await shop.PaidOrderOfAsync(OidcAccount.OtherShopper);
        var page = await chromium.NewPageAsync(shop.BaseUri);

        await page.GotoAsync("/account/orders");
        await page.LogInAtAuth0Async(shop.Oidc, OidcAccount.Shopper);

        await Expect(page).ToHaveURLAsync(new Uri(shop.BaseUri, "account/orders").ToString());
        await Expect(page.Locator(".account-name")).ToHaveTextAsync(OidcAccount.Shopper.Name);
        await Expect(page.Locator(".orders-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator(".orders-table")).ToContainTextAsync(own.Number);

        await page.GetByRole(AriaRole.Link, new() { Name = own.Number }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Order {own.Number}");

        var notYours = await page.GotoAsync($"/orders/{someoneElses.Number}");
        Assert.Equal(404, notYours!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We couldn't find that page");

        await page.GotoAsync("/admin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Access denied");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData(@"/\evil.example")]
    public async Task A_returnUrl_to_another_site_ends_on_the_home_page_and_never_leaves_the_store(string returnUrl)
    {
        await using var shop = await StoreWithAuth0.StartAsync(DatabaseProvider.Sqlite);
        var page = await chromium.NewPageAsync(shop.BaseUri);
        var visited = page.RecordNavigations();
        var login = $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";

        await page.GotoAsync(login);
        await page.LogInAtAuth0Async(shop.Oidc, OidcAccount.Shopper);
        await Expect(page).ToHaveURLAsync(shop.BaseUri.ToString());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        // Signed in, the same link redirects at once rather than through the provider.
        await page.GotoAsync(login);

        await Expect(page).ToHaveURLAsync(shop.BaseUri.ToString());
        Assert.All(visited, url => Assert.Equal("127.0.0.1", new Uri(url).Host));
        Assert.Contains(visited, url => url.StartsWith(shop.Oidc.Issuer.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_signs_in_opens_the_dashboard_and_signs_out_of_the_store_and_of_Auth0()
    {
        await using var shop = await StoreWithAuth0.StartAsync(DatabaseProvider.Sqlite);
        var page = await chromium.NewPageAsync(shop.BaseUri);
        var visited = page.RecordNavigations();

        await page.GotoAsync("/admin");
        await page.LogInAtAuth0Async(shop.Oidc, OidcAccount.Admin);
        await Expect(page).ToHaveURLAsync(new Uri(shop.BaseUri, "admin").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dashboard");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(shop.BaseUri.ToString());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Contains(visited, url => url.StartsWith($"{shop.Oidc.Issuer}v2/logout?client_id={shop.Oidc.ClientId}&", StringComparison.Ordinal));

        // Auth0's session ended too, so the provider asks for the password again instead of signing straight back in.
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(shop.Oidc.Issuer.ToString())}interaction/"));
        await Expect(page.GetByLabel("Password")).ToBeEmptyAsync();
    }
}
