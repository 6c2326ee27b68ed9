namespace Storefront.Core.Audit;

/// <summary>
/// One staff action: who did it (as the server's sign-in knew them), when, what to, and the target's state before
/// and after, as JSON. Entries are only ever added.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActionLength = 60;
    public const int MaxTargetTypeLength = 40;
    public const int MaxTargetIdLength = 100;

    private AuditEntry()
    {
    }

    internal AuditEntry(AuditActor actor, string action, AuditTarget target, string? before, string? after, DateTime at)
    {
        ActorId = actor.Id;
        ActorName = actor.Name;
        Action = action;
        TargetType = target.Type;
        TargetId = target.Id;
        Before = before;
        After = after;
        At = at;
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>The user's stable id (the identity provider's <c>sub</c>).</summary>
    public string ActorId { get; private set; } = "";

    /// <summary>The user's name when they acted; kept, so a later rename does not rewrite history.</summary>
    public string ActorName { get; private set; } = "";

    /// <summary>What was done, e.g. <c>order.refund</c>; see <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; } = "";

    public string TargetType { get; private set; } = "";

    public string TargetId { get; private set; } = "";

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
