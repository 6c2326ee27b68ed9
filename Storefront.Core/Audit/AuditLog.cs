using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Storefront.Core.Data;

namespace Storefront.Core.Audit;

/// <summary>
/// Records staff actions. <see cref="Record"/> adds the entry to the action's own context, so it is saved in the
/// same transaction as the change it describes: either both are stored or neither. <see cref="RecordAsync"/> is for
/// an action whose effect lies outside the database (a refund asked of Stripe), recorded once Stripe answered.
/// </summary>
public sealed class AuditLog(IDbContextFactory<StoreDbContext> contexts, TimeProvider time)
{
    // Enums by name, so an entry still reads right after an enum gains a member.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Adds an entry to <paramref name="db"/>; the caller's <c>SaveChanges</c> stores it with the action.</summary>
    /// <param name="before">The target's state before, serialized as JSON; null when it did not exist.</param>
    /// <param name="after">The target's state after, serialized as JSON; null when it no longer exists.</param>
    /// <param name="at">When staff acted, for an action recorded once a slower party answered; now by default.</param>
    public AuditEntry Record(StoreDbContext db, AuditActor actor, string action, AuditTarget target, object? before, object? after, DateTime? at = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(action.Length, AuditEntry.MaxActionLength);
        var entry = new AuditEntry(actor, action, target, ToJson(before), ToJson(after), at ?? Now);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>The time an action starts at, for <see cref="Record"/>'s <c>at</c>.</summary>
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Records an entry on its own, for an action that changed nothing in the store's database.</summary>
    public async Task<AuditEntry> RecordAsync(
        AuditActor actor, string action, AuditTarget target, object? before, object? after, DateTime? at = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = Record(db, actor, action, target, before, after, at);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    private static string? ToJson(object? state) => state is null ? null : JsonSerializer.Serialize(state, state.GetType(), Json);
}
