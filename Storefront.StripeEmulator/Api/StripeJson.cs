using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Storefront.StripeEmulator.Api;

public static class StripeJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Metadata(IReadOnlyDictionary<string, string> metadata)
    {
        var json = new JsonObject();
        foreach (var (key, value) in metadata)
        {
            json[key] = value;
        }

        return json;
    }

    public static JsonArray Strings(params string[] values) => new(values.Select(v => (JsonNode?)v).ToArray());

    public static JsonObject List(string url, IEnumerable<JsonObject> items) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray(items.Select(i => (JsonNode?)i).ToArray()),
        ["has_more"] = false,
        ["url"] = url,
    };
}
