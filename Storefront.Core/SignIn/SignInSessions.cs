using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.SignIn;

/// <summary>The server-side records of sign-ins: started at sign-in, read when a cookie is validated, revoked at sign-out.</summary>
public sealed class SignInSessions(IDbContextFactory<StoreDbContext> contexts, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<SignInSession> StartAsync(string userId, IReadOnlyList<string> roles, string? providerGrant, CancellationToken cancellationToken)
    {
        var session = SignInSession.Start(userId, roles, providerGrant, Now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    public async Task<SignInSession?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SignInSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>
    /// Takes the turn to revalidate a session that <paramref name="seen"/> showed due: only one request, on any
    /// instance, wins it, so the identity provider is asked once per interval and a rotated refresh token is
    /// never used twice.
    /// </summary>
    public async Task<bool> TryClaimRevalidationAsync(SignInSession seen, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.SignInSessions
            .Where(s => s.Id == seen.Id && s.LastValidatedAt == seen.LastValidatedAt && s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastValidatedAt, now), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Stores what the identity provider said on revalidation: the current roles, and a rotated grant.</summary>
    public async Task RecordRolesAsync(Guid id, IReadOnlyList<string> roles, string? providerGrant, CancellationToken cancellationToken)
    {
        string[] current = [.. roles];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SignInSessions
            .Where(s => s.Id == id && s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Roles, current).SetProperty(s => s.ProviderGrant, providerGrant), cancellationToken);
    }

    public async Task RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SignInSessions
            .Where(s => s.Id == id && s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.ProviderGrant, (string?)null), cancellationToken);
    }

    /// <summary>Signs a user out on every browser: each of their active sessions is revoked.</summary>
    public async Task<int> RevokeAllAsync(string userId, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SignInSessions
            .Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.ProviderGrant, (string?)null), cancellationToken);
    }
}
