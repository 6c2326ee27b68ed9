namespace Storefront.Core.Orders;

/// <summary>
/// Who is looking, as the server knows them: the cart in their cookie and the user they signed in as. Either one
/// makes them the order's owner; a link or an id they hold (a Checkout Session id from a log) never does.
/// </summary>
public sealed record OrderVisitor(Guid? CartId, string? UserId)
{
    public bool Owns(Order order) =>
        (CartId is { } cartId && order.CartId == cartId) || (UserId is { } userId && order.UserId == userId);
}
