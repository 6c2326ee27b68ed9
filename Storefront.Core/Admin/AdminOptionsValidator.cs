using Microsoft.Extensions.Options;

namespace Storefront.Core.Admin;

/// <summary>Refuses start-up with a message naming the setting that is wrong.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options) =>
        options.ExactCountLimit is < AdminOrderFilter.LargestPage or > AdminOptions.LargestExactCountLimit
            ? ValidateOptionsResult.Fail(
                $"Admin:ExactCountLimit must be from {AdminOrderFilter.LargestPage} (a full page) to {AdminOptions.LargestExactCountLimit:N0} " +
                $"(counting more would cost what the limit saves); it is {options.ExactCountLimit}.")
            : ValidateOptionsResult.Success;
}
