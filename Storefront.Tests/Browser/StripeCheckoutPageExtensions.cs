using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Storefront.Tests.Browser;

/// <summary>Stripe's hosted payment page (the emulator's), filled in as a shopper fills it.</summary>
internal static partial class StripeCheckoutPageExtensions
{
    /// <summary>Enters the delivery address and phone when the session collects them, then the card, and pays.</summary>
    public static async Task PayWithCardAsync(this IPage page, string card = "4242 4242 4242 4242", string? email = "ada@example.com")
    {
        await page.FillShopperDetailsAsync(email);
        await page.GetByLabel("Card number").FillAsync(card);
        await page.GetByLabel("Expiry").FillAsync("12 / 34");
        await page.GetByLabel("CVC").FillAsync("123");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = PayButton() }).ClickAsync();
    }

    /// <summary>
    /// The email, and the delivery address and phone when the session collects them. The email is typed unless the
    /// page came pre-filled (<paramref name="email"/> null).
    /// </summary>
    public static async Task FillShopperDetailsAsync(this IPage page, string? email = "ada@example.com")
    {
        // The Pay button ends the form, so once it shows every field the session asks for is on the page.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = PayButton() }).WaitForAsync();
        if (email is not null)
        {
            await page.GetByLabel("Email").FillAsync(email);
        }

        if (await page.GetByLabel("Full name").IsVisibleAsync())
        {
            await page.GetByLabel("Full name").FillAsync("Ada Lovelace");
            await page.GetByLabel("Address line 1").FillAsync("1 Main Street");
            await page.GetByLabel("Postal code").FillAsync("62701");
            await page.GetByLabel("City").FillAsync("Springfield");
        }

        if (await page.GetByLabel("Phone number").IsVisibleAsync())
        {
            await page.GetByLabel("Phone number").FillAsync("+1 555 0100");
        }
    }

    [GeneratedRegex("^Pay ")]
    private static partial Regex PayButton();
}
