using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Catalog;

/// <summary>The catalog a fresh store starts with, so that the first run shows a shop worth browsing.</summary>
public static class DemoCatalog
{
    private static readonly (string Slug, string Name)[] Categories =
    [
        ("kitchen", "Kitchen"),
        ("desk", "Desk"),
        ("outdoors", "Outdoors"),
        ("apparel", "Apparel"),
    ];

    private static readonly (string Category, string Slug, string Name, long Price, int Stock, string Description)[] Products =
    [
        ("kitchen", "ceramic-pour-over", "Ceramic Pour-Over Dripper", 2800, 40,
            "A hand-glazed stoneware cone for one or two cups. Spiral ribs keep the filter off the wall so the coffee drains evenly."),
        ("kitchen", "enamel-mug", "Enamel Camp Mug", 1600, 120,
            "Steel mug with a chip-resistant enamel coat and a navy rim. Holds 350 ml and goes from campfire to dishwasher."),
        ("kitchen", "walnut-cutting-board", "Walnut Cutting Board", 6400, 3,
            "End-grain black walnut, oiled by hand. Kind to knife edges and heavy enough to stay put while you chop."),
        ("kitchen", "copper-kettle", "Copper Gooseneck Kettle", 8900, 0,
            "A slow, precise pour for filter coffee, in solid copper with a tin lining and a cool-touch handle."),
        ("desk", "linen-notebook", "Linen Notebook A5", 1800, 200,
            "192 pages of 100 gsm dotted paper that takes fountain pens, sewn to lie flat, in a sage linen cover."),
        ("desk", "brass-pen", "Brass Ballpoint Pen", 4200, 25,
            "Machined from a solid brass bar. It darkens with use into a patina that is yours alone. Takes standard refills."),
        ("desk", "desk-lamp", "Oak Desk Lamp", 12000, 2,
            "A solid oak arm with a steel shade and a warm 2700 K LED. Dimmable with a turn of the base."),
        ("desk", "felt-desk-mat", "Wool Felt Desk Mat", 3800, 60,
            "Dense merino felt, 90 × 40 cm. Quiets the keyboard, warms the desk and never curls at the edges."),
        ("outdoors", "canvas-backpack", "Waxed Canvas Backpack", 14500, 15,
            "A 22-litre daypack in waxed cotton canvas with vegetable-tanned leather straps and a padded laptop sleeve."),
        ("outdoors", "steel-water-bottle", "Insulated Steel Bottle", 3200, 80,
            "Double-walled stainless steel keeps drinks cold for 24 hours or hot for 12. 750 ml, leak-proof cap."),
        ("outdoors", "trail-blanket", "Packable Trail Blanket", 5400, 4,
            "Water-resistant on one side, soft fleece on the other, and it packs into its own pocket."),
        ("apparel", "merino-beanie", "Merino Beanie", 3500, 50,
            "Fine-gauge merino rib knit with a deep fold. Warm, breathable and never itchy."),
        ("apparel", "organic-tee", "Organic Cotton Tee", 2900, 150,
            "A mid-weight tee in organic cotton jersey, cut straight with a ribbed collar that keeps its shape."),
        ("apparel", "wool-socks", "Hiking Wool Socks", 2200, 90,
            "Cushioned merino blend with a reinforced heel and toe, made for long days on the trail."),
        ("kitchen", "brewing-guide", "Pour-Over Brewing Guide (PDF)", 900, 10_000,
            "Forty pages on grind, ratio and pour for every dripper in the shop, as a download: nothing is shipped."),
    ];

    /// <summary>Products that are downloads, so the demo shows a checkout without an address.</summary>
    private static readonly HashSet<string> Digital = ["brewing-guide"];

    /// <summary>Adds the demo catalog to an empty database; does nothing once any category exists.</summary>
    public static async Task SeedAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Categories.AnyAsync(cancellationToken))
        {
            return;
        }

        var categories = Categories.Select((c, position) => new Category(c.Slug, c.Name, position)).ToDictionary(c => c.Slug);
        db.Categories.AddRange(categories.Values);
        db.Products.AddRange(Products.Select(p => new Product(
            p.Slug, p.Name, p.Description, $"images/products/{p.Slug}.svg", categories[p.Category], p.Price, p.Stock, !Digital.Contains(p.Slug))));
        await db.SaveChangesAsync(cancellationToken);
    }
}
