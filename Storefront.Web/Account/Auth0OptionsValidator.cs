using Microsoft.Extensions.Options;

namespace Storefront.Web.Account;

/// <summary>
/// Refuses start-up on a half-configured tenant, and outside Development without one: the development sign-in
/// page exists only in Development, so a shop without a tenant would have no way for its staff to sign in.
/// </summary>
public sealed class Auth0OptionsValidator(IHostEnvironment environment) : IValidateOptions<Auth0Options>
{
    public ValidateOptionsResult Validate(string? name, Auth0Options options)
    {
        if (!options.IsConfigured)
        {
            return !environment.IsDevelopment()
                ? ValidateOptionsResult.Fail("Auth0:Domain is required outside Development (with Auth0:ClientId and Auth0:ClientSecret).")
                : ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Auth0:ClientId is required when Auth0 is configured.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Auth0:ClientSecret is required when Auth0 is configured.");
        }

        if (string.IsNullOrWhiteSpace(options.RolesClaim))
        {
            failures.Add("Auth0:RolesClaim must name the claim that carries the user's roles.");
        }

        if (!Uri.TryCreate(options.EffectiveAuthority, UriKind.Absolute, out var authority)
            || !(authority.Scheme == Uri.UriSchemeHttps || (authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback)))
        {
            failures.Add($"Auth0:Domain (or Auth0:Authority) must make an https address; got '{options.EffectiveAuthority}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
