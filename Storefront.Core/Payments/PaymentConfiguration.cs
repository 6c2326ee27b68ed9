using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Core.Orders;

namespace Storefront.Core.Payments;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.Property(p => p.Id).ValueGeneratedNever();
        payment.Property(p => p.Provider).HasMaxLength(20);
        payment.Property(p => p.CheckoutSessionId).HasMaxLength(255);
        payment.Property(p => p.PaymentIntentId).HasMaxLength(255);
        payment.Property(p => p.Currency).HasMaxLength(3);
        payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);

        payment.HasIndex(p => p.CheckoutSessionId).IsUnique();
        payment.HasIndex(p => p.PaymentIntentId);
        payment.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
