using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Storefront.StripeEmulator.Api;

/// <summary>
/// Stripe's bracketed form parameters (<c>line_items[0][price_data][currency]</c>) as a flat, ordered map.
/// Every read marks the key as used, so that <see cref="EnsureNoneUnknown"/> can refuse whatever the
/// handler did not understand, as Stripe does.
/// </summary>
public sealed class FormParameters
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public FormParameters(IEnumerable<KeyValuePair<string, StringValues>> source)
    {
        // "expand[]=a&expand[]=b" and "expand[0]=a&expand[1]=b" mean the same; keep one spelling.
        var appended = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, values) in source)
        {
            foreach (var value in values)
            {
                var name = key;
                if (key.EndsWith("[]", StringComparison.Ordinal))
                {
                    var stem = key[..^2];
                    var index = appended.GetValueOrDefault(stem);
                    appended[stem] = index + 1;
                    name = $"{stem}[{index}]";
                }

                _pairs.Add(new(name, value ?? ""));
            }
        }
    }

    /// <summary>The parameters in a stable order, to tell whether two requests asked for the same thing.</summary>
    public string Fingerprint =>
        string.Join('&', _pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    public string? String(string key)
    {
        var found = _pairs.FindLast(p => p.Key == key);
        if (found.Key is null)
        {
            return null;
        }

        _used.Add(key);
        return found.Value;
    }

    public string Required(string key) =>
        String(key) is { Length: > 0 } value ? value : throw StripeApiException.Missing(key);

    public long? Long(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw StripeApiException.Invalid(key, $"Invalid integer: {text}", "parameter_invalid_integer");
    }

    /// <summary>Stripe's booleans are the words <c>true</c> and <c>false</c>.</summary>
    public bool? Bool(string key) => String(key) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var text => throw StripeApiException.Invalid(key, $"Invalid boolean: {text}", "parameter_invalid_boolean"),
    };

    public decimal? Decimal(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw StripeApiException.Invalid(key, $"Invalid decimal: {text}", "parameter_invalid_decimal");
    }

    /// <summary>Whether anything was sent under <paramref name="key"/>, itself or any of its fields.</summary>
    public bool Has(string key) =>
        _pairs.Exists(p => p.Key == key || p.Key.StartsWith(key + "[", StringComparison.Ordinal));

    /// <summary>How many elements the list <paramref name="key"/> has (<c>key[0]…</c>, <c>key[1]…</c>).</summary>
    public int Count(string key)
    {
        var count = 0;
        while (_pairs.Exists(p => p.Key.StartsWith($"{key}[{count}]", StringComparison.Ordinal)))
        {
            count++;
        }

        return count;
    }

    public IReadOnlyList<string> List(string key)
    {
        var items = new List<string>();
        for (var i = 0; String($"{key}[{i}]") is { } item; i++)
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>A free-form string map such as <c>metadata</c>.</summary>
    public IReadOnlyDictionary<string, string> Map(string key)
    {
        var prefix = key + "[";
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, _) in _pairs.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            var inner = name[prefix.Length..^1];
            if (name.EndsWith(']') && !inner.Contains('[', StringComparison.Ordinal))
            {
                map[inner] = String(name)!;
            }
        }

        return map;
    }

    public void EnsureNoneUnknown()
    {
        var unknown = _pairs.Find(p => !_used.Contains(p.Key));
        if (unknown.Key is not null)
        {
            throw new StripeApiException(
                400, "invalid_request_error", "parameter_unknown",
                $"Received unknown parameter: {unknown.Key}", unknown.Key);
        }
    }
}
