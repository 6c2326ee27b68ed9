using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Storefront.Web.Account;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Infrastructure;

/// <summary>
/// Signs in through the development sign-in page, as a person would. Antiforgery tokens are tied to the user,
/// so a form posted after signing in needs a token from a page fetched after signing in.
/// </summary>
public static partial class DevSignIn
{
    public static async Task SignInAsDevAsync(this HttpClient client, DevUser user)
    {
        var page = await client.GetStringAsync(AccountPaths.DevSignIn);
        var response = await client.PostAsync(AccountPaths.DevSignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["account"] = user.Key,
            ["returnUrl"] = "/",
        }));
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect))
        {
            throw new InvalidOperationException($"Development sign-in as {user.Key} answered {(int)response.StatusCode}.");
        }
    }

    public static async Task SignInAsDevAsync(this IPage page, Uri baseUrl, DevUser user, string returnUrl = "/")
    {
        await page.GotoAsync(new Uri(baseUrl, $"{AccountPaths.DevSignIn}?returnUrl={Uri.EscapeDataString(returnUrl)}").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {user.Key}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    /// <summary>The antiforgery token of the first form in <paramref name="html"/>.</summary>
    public static string AntiforgeryToken(string html) =>
        Token().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
