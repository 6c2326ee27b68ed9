using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Core.Orders;

namespace Storefront.Core.Payments;

internal sealed class ProcessedWebhookEventConfiguration : IEntityTypeConfiguration<ProcessedWebhookEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedWebhookEvent> webhookEvent)
    {
        webhookEvent.HasKey(e => e.EventId);
        webhookEvent.Property(e => e.EventId).HasMaxLength(255);
        webhookEvent.Property(e => e.Type).HasMaxLength(100);
        webhookEvent.Property(e => e.Outcome).HasMaxLength(1000);
        webhookEvent.Property(e => e.LastError).HasMaxLength(1000);
        webhookEvent.Property(e => e.Version).IsConcurrencyToken();
        webhookEvent.Ignore(e => e.IsApplied);
        webhookEvent.Ignore(e => e.IsParked);
        webhookEvent.HasIndex(e => e.OrderId);
        webhookEvent.HasIndex(e => new { e.AppliedAt, e.ReceivedAt });
        webhookEvent.HasOne<Order>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.SetNull);
    }
}
