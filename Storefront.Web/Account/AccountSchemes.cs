namespace Storefront.Web.Account;

public static class AccountSchemes
{
    /// <summary>The OpenID Connect scheme that talks to the Auth0 tenant.</summary>
    public const string Auth0 = "Auth0";
}
