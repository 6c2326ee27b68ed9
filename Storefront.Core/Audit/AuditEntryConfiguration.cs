using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.ActorId).HasMaxLength(AuditActor.MaxIdLength);
        entry.Property(e => e.ActorName).HasMaxLength(AuditActor.MaxNameLength);
        entry.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength);
        entry.Property(e => e.TargetType).HasMaxLength(AuditEntry.MaxTargetTypeLength);
        entry.Property(e => e.TargetId).HasMaxLength(AuditEntry.MaxTargetIdLength);

        // The list reads newest first; a target's history (an order's timeline) reads by target.
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.TargetType, e.TargetId, e.At });
        entry.HasIndex(e => new { e.ActorId, e.At });
        entry.HasIndex(e => new { e.Action, e.At });
    }
}
