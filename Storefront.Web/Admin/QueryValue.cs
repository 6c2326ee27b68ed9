using System.Text;

namespace Storefront.Web.Admin;

/// <summary>
/// Enum values as they appear in admin URLs: <c>partially-refunded</c>, <c>total-highest</c>. Only these names
/// are read back; numbers and unknown words are refused, so a hand-edited link cannot select something odd.
/// </summary>
public static class QueryValue
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var kebab = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && kebab.Length > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(c));
        }

        return kebab.ToString();
    }

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
