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

    /// <summary>Chooses the delivery country and the shipping option named <paramref name="rate"/> (e.g. "Express").</summary>
    public static async Task ChooseDeliveryAsync(this IPage page, string country, string rate)
    {
        await page.GetByLabel("Country or region").SelectOptionAsync(country);
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{Regex.Escape(rate)} ") }).CheckAsync();
    }

    /// <summary>Types a promotion code and applies it, which re-renders the page with the new amounts and nothing paid.</summary>
    public static async Task ApplyPromotionCodeAsync(this IPage page, string code)
    {
        await page.GetByLabel("Promotion code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
    }

    [GeneratedRegex("^Pay ")]
    private static partial Regex PayButton();
}
