using Microsoft.Extensions.Options;

namespace Storefront.Core.Shipping;

/// <summary>Refuses a <c>Tax:Mode</c> that is a number outside the modes (the binder lets any number through).</summary>
public sealed class TaxOptionsValidator : IValidateOptions<TaxOptions>
{
    public ValidateOptionsResult Validate(string? name, TaxOptions options) =>
        Enum.IsDefined(options.Mode)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Tax:Mode must be one of {string.Join(", ", Enum.GetNames<TaxMode>())} (it is {options.Mode}).");
}
