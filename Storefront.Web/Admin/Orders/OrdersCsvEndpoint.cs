using System.Globalization;
using System.Text;
using Storefront.Core.Admin;
using Storefront.Web.Account;

namespace Storefront.Web.Admin.Orders;

/// <summary><c>GET /admin/orders.csv?…</c>: every order the list's filters match, written as it is read.</summary>
public static class OrdersCsvEndpoint
{
    /// <summary>Rows between flushes: the download starts at once and memory stays flat for any number of orders.</summary>
    private const int FlushEvery = 200;

    public static IEndpointConventionBuilder MapOrdersCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(AdminOrderLinks.Csv, Export).RequireAuthorization(StorefrontPolicies.Admin);

    private static IResult Export(HttpContext context, AdminOrderQueries orders, TimeProvider time)
    {
        var parse = OrderListQuery.FromQuery(context.Request.Query).Parse();
        if (!parse.IsValid)
        {
            return Results.BadRequest(string.Join(" ", parse.Problems));
        }

        var today = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Results.Stream(
            stream => WriteAsync(stream, orders.ExportAsync(parse.Filter, context.RequestAborted)),
            "text/csv; charset=utf-8",
            $"orders-{today}.csv");
    }

    private static async Task WriteAsync(Stream body, IAsyncEnumerable<AdminOrderRow> rows)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(OrderCsv.Header);
        var written = 0;
        await foreach (var row in rows)
        {
            await writer.WriteLineAsync(OrderCsv.Row(row));
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync();
            }
        }
    }
}
