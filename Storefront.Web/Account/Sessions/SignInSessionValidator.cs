using Microsoft.Extensions.Options;
using Storefront.Core.SignIn;

namespace Storefront.Web.Account.Sessions;

/// <summary>
/// The one check behind both the cookie (each request) and open circuits (each interval): is the sign-in session
/// still active, and with which roles. Roles older than <see cref="AuthOptions.RevalidateInterval"/> are asked of
/// the identity provider again, by one request across all instances.
/// </summary>
public sealed class SignInSessionValidator(
    SignInSessions sessions, ProviderGrantProtector grants, Auth0RoleRefresher auth0, IOptions<AuthOptions> options)
{
    public async Task<SignInSessionCheck> CheckAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(sessionId, cancellationToken);
        if (session is not { IsActive: true })
        {
            return SignInSessionCheck.Ended;
        }

        if (!session.IsDueForRevalidation(sessions.Now, options.Value.RevalidateInterval))
        {
            return new SignInSessionCheck(true, session.Roles, session.LastValidatedAt);
        }

        if (!await sessions.TryClaimRevalidationAsync(session, cancellationToken))
        {
            // Another request revalidated it, or revoked it, in the meantime: read what it decided.
            return await CurrentAsync(sessionId, cancellationToken);
        }

        if (session.ProviderGrant is null)
        {
            return await CurrentAsync(sessionId, cancellationToken);
        }

        var refresh = grants.TryUnprotect(session.ProviderGrant, out var grant)
            ? await auth0.RefreshAsync(session.UserId, grant, cancellationToken)
            : RoleRefresh.GrantRevoked;
        switch (refresh.Outcome)
        {
            case RoleRefreshOutcome.GrantRevoked:
                await sessions.RevokeAsync(sessionId, cancellationToken);
                return SignInSessionCheck.Ended;
            case RoleRefreshOutcome.Refreshed:
                var stored = refresh.RotatedGrant is { } rotated ? grants.Protect(rotated) : session.ProviderGrant;
                await sessions.RecordRolesAsync(sessionId, refresh.Roles, stored, cancellationToken);
                break;
        }

        return await CurrentAsync(sessionId, cancellationToken);
    }

    private async Task<SignInSessionCheck> CurrentAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await sessions.FindAsync(sessionId, cancellationToken) is { IsActive: true } session
            ? new SignInSessionCheck(true, session.Roles, session.LastValidatedAt)
            : SignInSessionCheck.Ended;
}
