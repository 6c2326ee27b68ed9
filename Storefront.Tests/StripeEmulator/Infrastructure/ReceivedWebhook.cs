using System.Text.Json.Nodes;

namespace Storefront.Tests.StripeEmulator.Infrastructure;

public sealed record ReceivedWebhook(string Body, string Signature, int AnsweredStatus)
{
    private JsonNode Json => JsonNode.Parse(Body)!;

    public string EventId => (string)Json["id"]!;

    public string Type => (string)Json["type"]!;

    public string ObjectId => (string)Json["data"]!["object"]!["id"]!;
}
