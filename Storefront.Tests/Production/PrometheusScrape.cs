using System.Globalization;
using System.Text.RegularExpressions;

namespace Storefront.Tests.Production;

/// <summary>The store's own series from one <c>GET /metrics</c>, summed over their labels.</summary>
public static partial class PrometheusScrape
{
    public static async Task<Dictionary<string, double>> ReadAsync(HttpClient client)
    {
        var text = await client.GetStringAsync("/metrics");
        var values = new Dictionary<string, double>();
        foreach (Match sample in Sample().Matches(text))
        {
            var name = sample.Groups["name"].Value;
            values[name] = values.GetValueOrDefault(name) + double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture);
        }

        return values;
    }

    [GeneratedRegex(@"^(?<name>storefront_[a-z_]+)(\{[^}]*\})? (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
