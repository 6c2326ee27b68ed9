using Microsoft.Extensions.Options;

namespace Storefront.Web.Observability;

public sealed class ObservabilityOptionsValidator : IValidateOptions<ObservabilityOptions>
{
    public ValidateOptionsResult Validate(string? name, ObservabilityOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint) &&
            !(Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"Observability:OtlpEndpoint must be an absolute http(s) URL such as http://127.0.0.1:4317 (it is '{options.OtlpEndpoint}').");
        }

        for (var i = 0; i < options.MetricsAllowedNetworks.Count; i++)
        {
            if (!System.Net.IPNetwork.TryParse(options.MetricsAllowedNetworks[i], out _))
            {
                failures.Add($"Observability:MetricsAllowedNetworks:{i} must be a network such as 10.0.0.0/8 (it is '{options.MetricsAllowedNetworks[i]}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
