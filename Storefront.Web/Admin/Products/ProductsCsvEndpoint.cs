using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Storefront.Core.Catalog.Admin;
using Storefront.Core.Catalog.Csv;
using Storefront.Core.Store;
using Storefront.Web.Account;

namespace Storefront.Web.Admin.Products;

/// <summary>
/// <c>GET /admin/products.csv?…</c>: every product the list's filters match, in the columns the import reads, so
/// the file can be edited in a spreadsheet and imported again. Below <c>/admin</c>, so it is <c>no-store</c>.
/// </summary>
public static class ProductsCsvEndpoint
{
    public static IEndpointConventionBuilder MapProductsCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(AdminProductLinks.Csv, Export).RequireAuthorization(StorefrontPolicies.Admin);

    private static IResult Export(HttpContext context, AdminProductQueries products, IOptions<StoreOptions> store, TimeProvider time)
    {
        var query = context.Request.Query;
        var (filter, problems) = new ProductListQuery(
            query[ProductListQuery.SearchKey], query[ProductListQuery.CategoryKey], query[ProductListQuery.StatusKey],
            query[ProductListQuery.StockKey], query[ProductListQuery.SortKey], null).Parse();
        if (problems.Count > 0)
        {
            return Results.BadRequest(string.Join(" ", problems));
        }

        var today = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Results.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
                await ProductCsvWriter.WriteAsync(writer, products.ExportAsync(filter, context.RequestAborted), store.Value.Currency, context.RequestAborted);
            },
            "text/csv; charset=utf-8",
            $"products-{today}.csv");
    }
}
