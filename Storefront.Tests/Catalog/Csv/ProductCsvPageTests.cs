using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Audit;
using Storefront.Core.Data;
using Storefront.Tests.Catalog.Admin;
using Storefront.Tests.Infrastructure;
using Storefront.Web.Account;

namespace Storefront.Tests.Catalog.Csv;

public sealed class ProductCsvPageTests
{
    private const string Import = "/admin/products/import";

    [Fact]
    public async Task A_file_posted_through_the_import_form_is_applied_once_and_a_bad_one_lists_its_rows_and_changes_nothing()
    {
        await using var admin = await CatalogAdmin.StartAsync(DatabaseProvider.Sqlite);
        var good = ProductCsvText.File(
        [
            ProductCsvText.Row("AP-1", "", "Linen Apron", "Washed linen.", "24.50", "", "apparel", "active", "3", "1"),
            ProductCsvText.Row("", "enamel-mug", "Enamel Camp Mug", "Now blue.", "16.00", "", "kitchen", "active", "0", "5"),
        ]);
        var bad = ProductCsvText.File(
        [
            ProductCsvText.Row("AP-2", "", "Wool Socks", "", "9", "", "apparel", "active", "3", "1"),
            ProductCsvText.Row("AP-3", "", "Garden Hose", "", "-4", "", "garden", "active", "3", "1"),
        ]);
        var before = await admin.ProductCountAsync();

        var refused = await PostFileAsync(admin, bad);
        var imported = await PostFileAsync(admin, good);
        var again = await PostFileAsync(admin, good);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusal = await CatalogAdmin.BodyAsync(refused);
        Assert.Contains("Nothing was imported.", refusal);
        Assert.Contains("the header is row 1, the first product row 2.", refusal);
        Assert.Contains("<li>Row 3: The price cannot be negative (it is -4).</li>", refusal);
        Assert.Contains("<li>Row 3: There is no category “garden”.</li>", refusal);
        Assert.DoesNotContain("Row 2:", refusal);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("Imported: 1 created, 1 updated, 0 unchanged.", await CatalogAdmin.BodyAsync(imported));
        var repeat = await CatalogAdmin.BodyAsync(again);
        Assert.Contains("Imported: 0 created, 0 updated, 2 unchanged.", repeat);
        Assert.Contains("The stock of 1 existing product differs from the file and was left as it is.", repeat);
        Assert.Equal(before + 1, await admin.ProductCountAsync());
        Assert.Equal(("Now blue.", 1600L), ((await admin.ProductAsync("enamel-mug")).Description, (await admin.ProductAsync("enamel-mug")).UnitPrice));
        await using var db = admin.Database.NewContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.ProductImport).ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("dev|admin", "products.csv"), (e.ActorId, e.TargetId)));
    }

    [Fact]
    public async Task An_import_without_the_form_token_or_past_the_size_limit_is_refused()
    {
        await using var admin = await CatalogAdmin.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Catalog:MaxImportBytes"] = "2048" });
        var file = ProductCsvText.File([ProductCsvText.Row("AP-1", "", "Linen Apron", new string('x', 3000), "24.50", "", "apparel", "active", "3", "1")]);
        var before = await admin.ProductCountAsync();

        using var forged = new MultipartFormDataContent { { new StringContent("product-import"), "_handler" }, { FileContent(file), "File", "products.csv" } };
        var noToken = await admin.Client.PostAsync(Import, forged);
        var tooLarge = await PostFileAsync(admin, file);

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("The file is 3 KB; the largest accepted is 2 KB. Split it into smaller files.", await CatalogAdmin.BodyAsync(tooLarge));
        Assert.Equal(before, await admin.ProductCountAsync());
    }

    [Fact]
    public async Task The_export_is_the_filtered_list_as_a_csv_attachment_that_is_never_stored_and_only_for_admins()
    {
        await using var admin = await CatalogAdmin.StartAsync(DatabaseProvider.Sqlite);
        using var anonymous = admin.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var list = await admin.GetHtmlAsync("/admin/products?category=desk&sort=price-highest&page=1");
        var response = await admin.Client.GetAsync("/admin/products.csv?category=desk&sort=price-highest");
        var badFilter = await admin.Client.GetAsync("/admin/products.csv?status=sold");
        var signedOut = await anonymous.GetAsync("/admin/products.csv");

        Assert.Contains("href=\"/admin/products.csv?category=desk&sort=price-highest\"", list);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^""?products-\d{4}-\d{2}-\d{2}\.csv""?$", response.Content.Headers.ContentDisposition.FileName);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(ProductCsvText.Header, string.Join(',', rows[0]));
        Assert.Equal(
            [("120.00", "desk", "active"), ("42.00", "desk", "active"), ("38.00", "desk", "active"), ("18.00", "desk", "active")],
            rows.Skip(1).Select(row => (row[4], row[6], row[7])));
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Contains("“sold” is not a status.", await badFilter.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith(AccountPaths.Login, signedOut.Headers.Location!.PathAndQuery);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(CatalogAdmin admin, string csv)
    {
        var page = await admin.GetHtmlAsync(Import);
        using var content = new MultipartFormDataContent
        {
            { new StringContent("product-import"), "_handler" },
            { new StringContent(DevSignIn.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { FileContent(csv), "File", "products.csv" },
        };
        return await admin.Client.PostAsync(Import, content);
    }

    private static List<string[]> ReadCsv(string csv)
    {
        using var reader = new CsvHelper.CsvParser(new StringReader(csv), System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Record!);
        }

        return rows;
    }

    private static ByteArrayContent FileContent(string csv)
    {
        var bytes = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return bytes;
    }
}
