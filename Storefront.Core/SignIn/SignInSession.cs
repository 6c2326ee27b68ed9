namespace Storefront.Core.SignIn;

/// <summary>
/// One sign-in on one browser, as the server knows it. The sign-in cookie names only this record; while the record
/// is not revoked, the cookie works, with the roles the record last learnt from the identity provider.
/// </summary>
public sealed class SignInSession
{
    public const int MaxUserIdLength = 200;

    private SignInSession()
    {
    }

    private SignInSession(string userId, IReadOnlyList<string> roles, string? providerGrant, DateTime now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Roles = [.. roles];
        ProviderGrant = providerGrant;
        CreatedAt = now;
        LastValidatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The identity provider's <c>sub</c>.</summary>
    public string UserId { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the roles were last confirmed (at sign-in, or by asking the identity provider again).</summary>
    public DateTime LastValidatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>The user's roles as of <see cref="LastValidatedAt"/>.</summary>
    public string[] Roles { get; private set; } = [];

    /// <summary>
    /// What lets the store ask the identity provider again (its refresh token), protected by the caller; null when
    /// the sign-in came with none, e.g. the development sign-in.
    /// </summary>
    public string? ProviderGrant { get; private set; }

    public bool IsActive => RevokedAt is null;

    public static SignInSession Start(string userId, IReadOnlyList<string> roles, string? providerGrant, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(userId.Length, MaxUserIdLength);
        return new SignInSession(userId, roles, providerGrant, now);
    }

    /// <summary>Whether the roles are older than <paramref name="interval"/> and should be confirmed again.</summary>
    public bool IsDueForRevalidation(DateTime now, TimeSpan interval) => IsActive && now - LastValidatedAt >= interval;
}
