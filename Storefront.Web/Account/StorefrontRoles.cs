namespace Storefront.Web.Account;

/// <summary>Role names as the identity provider sends them in the roles claim.</summary>
public static class StorefrontRoles
{
    public const string Admin = "admin";
}
