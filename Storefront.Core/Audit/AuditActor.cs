namespace Storefront.Core.Audit;

/// <summary>The staff member behind an action, as the server's authentication state names them (never the request's say-so).</summary>
public sealed record AuditActor
{
    public const int MaxIdLength = 200;
    public const int MaxNameLength = 200;

    public AuditActor(string id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id.Length <= MaxIdLength ? id : throw new ArgumentException($"A user id is at most {MaxIdLength} characters.", nameof(id));
        Name = string.IsNullOrWhiteSpace(name) ? id : name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }

    public string Id { get; }

    public string Name { get; }
}
