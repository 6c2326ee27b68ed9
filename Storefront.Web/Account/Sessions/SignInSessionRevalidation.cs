using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Storefront.Web.Account.Sessions;

/// <summary>
/// An open circuit keeps the principal it started with; this checks it against its sign-in session every
/// <see cref="AuthOptions.RevalidateInterval"/>, so a circuit whose session was revoked, or whose user's roles
/// changed, turns signed out and its admin views close. A reload then signs in with the current roles.
/// </summary>
public sealed class SignInSessionRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<AuthOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidateInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        if (!user.IsSignedIn())
        {
            return true;
        }

        return user.SessionId() is { } sessionId && await IsCurrentAsync(user, sessionId, cancellationToken);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken)
    {
        // The circuit outlives any one request's scope; each check takes a scope of its own.
        await using var scope = scopes.CreateAsyncScope();
        var check = await scope.ServiceProvider.GetRequiredService<SignInSessionValidator>().CheckAsync(sessionId, cancellationToken);
        return check.IsActive && user.HasSameRoles(check.Roles);
    }
}
