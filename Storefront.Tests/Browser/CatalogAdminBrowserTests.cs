using Microsoft.Playwright;
using Storefront.Core.Data;
using Storefront.Tests.Catalog.Admin;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.Browser;

[Collection(ChromiumCollection.Name)]
public sealed class CatalogAdminBrowserTests(ChromiumFixture chromium)
{
    [Theory]
    [ClassData(typeof(BothProviders))]
    public async Task An_admin_creates_a_category_and_a_product_with_two_images_and_it_appears_in_the_shop_with_srcset(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new StorefrontFactory(database);
        var baseUrl = app.StartOnKestrel();
        var page = await chromium.NewPageAsync(baseUrl);
        await page.SignInAsDevAsync(baseUrl, DevUser.Admin, "/admin/categories");

        await page.GotoAsync("/admin/categories");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Garden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create category" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Categories saved.");

        await page.GotoAsync("/admin/products/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Watering Can");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Garden" });
        await page.GetByLabel("Price (USD)").FillAsync("34.00");
        await page.GetByLabel("Stock", new() { Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create product" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Product created.");

        foreach (var (file, alt) in new[] { ("can.jpg", "A green watering can"), ("spout.jpg", "The can's brass spout") })
        {
            await page.GetByLabel("Image (JPEG, PNG or WebP").SetInputFilesAsync(
                new FilePayload { Name = file, MimeType = "image/jpeg", Buffer = TestImages.Jpeg(900, 900) });
            await page.GetByLabel("Alt text (what the picture shows)").FillAsync(alt);
            // Re-encoding into three widths takes a while on a busy machine: the wait is a ceiling for that, not a measurement.
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload image" }).ClickAsync(new() { Timeout = 90_000 });
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Image added.", new() { Timeout = 90_000 });
        }

        await Expect(page.Locator(".product-image-list li")).ToHaveCountAsync(2);

        await page.GotoAsync("/?category=garden");
        var card = page.Locator("article.product-card");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Watering Can");
        await Expect(card.GetByText("Only 3 left")).ToBeVisibleAsync();
        var picture = card.GetByRole(AriaRole.Img, new() { Name = "A green watering can" });
        await Expect(picture).ToHaveAttributeAsync("srcset", new System.Text.RegularExpressions.Regex(@"^/media/products/[0-9a-f]{32}-320\.webp 320w, /media/products/[0-9a-f]{32}-640\.webp 640w, /media/products/[0-9a-f]{32}-900\.webp 900w$"));
        await Expect(picture).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await picture.EvaluateAsync<int>("img => img.naturalWidth") > 0);

        await card.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Watering Can");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "The can's brass spout" })).ToBeVisibleAsync();
    }
}
