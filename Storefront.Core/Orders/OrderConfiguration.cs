using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.Property(o => o.Id).ValueGeneratedNever();
        order.Property(o => o.Number).HasMaxLength(20);
        order.Property(o => o.AccessToken).HasMaxLength(64);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.Currency).HasMaxLength(3);
        order.Property(o => o.CustomerEmail).HasMaxLength(320);
        order.Property(o => o.NormalizedEmail).HasMaxLength(320);
        order.Property(o => o.UserId).HasMaxLength(200);
        order.Property(o => o.ClientAddress).HasMaxLength(45);
        order.Property(o => o.CheckoutSessionId).HasMaxLength(255);
        order.Property(o => o.CheckoutSessionUrl).HasMaxLength(2048);
        order.Property(o => o.ReviewReason).HasMaxLength(500);
        order.Property(o => o.Version).IsConcurrencyToken();
        order.Ignore(o => o.TotalMoney);
        order.Ignore(o => o.NeedsReview);
        order.Ignore(o => o.IsOpen);
        order.Ignore(o => o.IsAwaitingSettlement);
        order.Ignore(o => o.Events);
        order.Ignore(o => o.RequiresShipping);
        order.Ignore(o => o.Subtotal);
        order.Ignore(o => o.CanShip);
        order.Ignore(o => o.CanMarkDelivered);
        order.Property(o => o.Phone).HasMaxLength(40);
        order.Property(o => o.ShippingRateName).HasMaxLength(100);
        order.Property(o => o.PromotionCode).HasMaxLength(100);
        order.Property(o => o.Carrier).HasMaxLength(100);
        order.Property(o => o.TrackingNumber).HasMaxLength(Order.TrackingNumberLength);
        order.OwnsOne(o => o.ShippingAddress, address =>
        {
            address.Property(a => a.Name).HasMaxLength(200);
            address.Property(a => a.Line1).HasMaxLength(200);
            address.Property(a => a.Line2).HasMaxLength(200);
            address.Property(a => a.City).HasMaxLength(200);
            address.Property(a => a.PostalCode).HasMaxLength(40);
            address.Property(a => a.State).HasMaxLength(100);
            address.Property(a => a.Country).HasMaxLength(2);
            address.Ignore(a => a.Lines);
        });

        order.HasIndex(o => o.Number).IsUnique();
        order.HasIndex(o => o.CheckoutSessionId).IsUnique();

        // One per order the admin list is read in (AdminOrderSearch.Sorted), unfiltered or by status: a page is then a
        // walk of the index from its cursor, however far down the list it is.
        order.HasIndex(o => new { o.Status, o.CreatedAt, o.Id });
        order.HasIndex(o => new { o.CreatedAt, o.Id, o.Status });
        order.HasIndex(o => new { o.Total, o.CreatedAt, o.Id });
        order.HasIndex(o => new { o.Status, o.Total, o.CreatedAt, o.Id });
        order.HasIndex(o => o.NormalizedEmail);
        order.HasIndex(o => o.UserId);
        order.HasIndex(o => new { o.ClientAddress, o.Status });
        order.HasIndex(o => new { o.Status, o.ReconcileAt });

        // At most one open order per cart: two tabs or a double click that race to check out the same cart
        // collide here, and the loser joins the winner's order instead of reserving stock twice. An order whose
        // checkout completed (a bank debit clearing) has let go of its cart.
        order.HasIndex(o => o.CartId).IsUnique()
            .HasFilter("\"Status\" IN ('Created', 'AwaitingPayment', 'PaymentFailed') AND \"CheckoutCompletedAt\" IS NULL")
            .HasDatabaseName("IX_Orders_CartId_Open");

        order.HasMany(o => o.Lines).WithOne().HasForeignKey(line => line.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Lines).AutoInclude();
        order.HasMany(o => o.StatusChanges).WithOne().HasForeignKey(change => change.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
