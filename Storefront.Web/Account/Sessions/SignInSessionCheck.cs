namespace Storefront.Web.Account.Sessions;

/// <summary>What a sign-in session's record says now: whether it still works, and with which roles, as of when.</summary>
public sealed record SignInSessionCheck(bool IsActive, IReadOnlyList<string> Roles, DateTime ValidatedAt)
{
    public static SignInSessionCheck Ended { get; } = new(false, [], DateTime.MinValue);
}
