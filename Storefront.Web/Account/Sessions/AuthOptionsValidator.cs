using Microsoft.Extensions.Options;

namespace Storefront.Web.Account.Sessions;

public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    // Past the cookie's own lifetime the check would never run, and a revoked sign-in would last as long as before.
    private static readonly TimeSpan Longest = TimeSpan.FromHours(8);

    public ValidateOptionsResult Validate(string? name, AuthOptions options) =>
        options.RevalidateInterval <= TimeSpan.Zero || options.RevalidateInterval > Longest
            ? ValidateOptionsResult.Fail($"Auth:RevalidateInterval must be more than zero and at most {Longest}; got {options.RevalidateInterval}.")
            : ValidateOptionsResult.Success;
}
