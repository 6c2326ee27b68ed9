namespace Storefront.Web.Account;

/// <summary>The store's authorization policies; pages name them instead of repeating role checks.</summary>
public static class StorefrontPolicies
{
    /// <summary>Staff who may see every order, refund and resend emails.</summary>
    public const string Admin = "Admin";
}
