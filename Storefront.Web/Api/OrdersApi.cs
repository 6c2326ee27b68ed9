using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Storefront.Core.Admin;
using Storefront.Core.Orders;
using Storefront.Web.Account;
using Storefront.Web.Admin.Orders;
using Storefront.Web.Cart;

namespace Storefront.Web.Api;

/// <summary>
/// The orders as JSON. The caller is who the server's cookies say: the order's owner (their cart or their sign-in),
/// the holder of its guest link, or an admin. Anyone else gets the same 404 as for an order that does not exist.
/// </summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Orders");
        api.MapGet("/orders/{number}", GetOrderAsync)
            .WithName("GetOrder")
            .WithSummary("One order, for its owner (cookie), the holder of its guest link (token) or an admin; 404 for anyone else.");
        api.MapGet("/admin/orders", ListOrdersAsync)
            .WithName("ListOrders")
            .WithSummary("The admin order list with its filters: search, status, from, to (yyyy-MM-dd), sort, and after or before (a page's next or previous).");
        return endpoints;
    }

    private static async Task<Results<Ok<OrderJson>, ProblemHttpResult>> GetOrderAsync(
        string number, string? token, HttpContext context, OrderQueries orders, AdminOrderQueries admin,
        IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        var order = await orders.FindForGuestAsync(number, token, cancellationToken)
            ?? await orders.FindForVisitorAsync(number, new OrderVisitor(context.PeekCartId(), context.User.UserId()), cancellationToken)
            ?? (await IsAdminAsync(context, authorization) ? (await admin.GetDetailAsync(number, cancellationToken))?.Order : null);
        return order is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such order.")
            : TypedResults.Ok(OrderJson.From(order));
    }

    // Problem bodies rather than bare statuses: the store's HTML error pages are for browsers, not for API clients.
    private static async Task<Results<Ok<AdminOrderListJson>, ProblemHttpResult>> ListOrdersAsync(
        HttpContext context, AdminOrderQueries admin, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (!context.User.IsSignedIn())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in as an admin first.");
        }

        if (!await IsAdminAsync(context, authorization))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only admins may list orders.");
        }

        var parse = OrderListQuery.FromQuery(context.Request.Query).Parse();
        if (!parse.IsValid)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The filters are wrong.", detail: string.Join(" ", parse.Problems));
        }

        return TypedResults.Ok(AdminOrderListJson.From(await admin.ListAsync(parse.Filter, cancellationToken)));
    }

    private static async Task<bool> IsAdminAsync(HttpContext context, IAuthorizationService authorization) =>
        (await authorization.AuthorizeAsync(context.User, StorefrontPolicies.Admin)).Succeeded;
}
