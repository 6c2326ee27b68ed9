namespace Storefront.Web.Admin.OrderDetail;

/// <summary>What an admin action said, shown beside its button.</summary>
public sealed record ActionResult(bool Succeeded, string Message)
{
    public static ActionResult Done(string message) => new(true, message);

    public static ActionResult Failed(string message) => new(false, message);
}
