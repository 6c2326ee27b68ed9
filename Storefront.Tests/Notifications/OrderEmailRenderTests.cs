using Microsoft.Extensions.Options;
using Storefront.Core.Notifications;
using Storefront.Core.Orders;
using Storefront.Core.Shipping;
using Storefront.Core.Store;

namespace Storefront.Tests.Notifications;

public sealed class OrderEmailRenderTests
{
    private static readonly OrderEmailRenderer Renderer =
        new(Options.Create(new StoreOptions { Name = "Corner & Co", PublicUrl = "https://shop.example.test/" }),
            Options.Create(new ShippingOptions { Carriers = { ["UPS"] = "https://ups.example/track?n={tracking}" } }));

    [Fact]
    public void The_confirmation_encodes_product_names_and_links_to_the_order_page()
    {
        var order = Paid("usd", new OrderLine(1, "Mug <script>alert(1)</script> & Saucer", 1250, 2), new OrderLine(2, "Pen", 4200, 1));

        var email = Renderer.Confirmation(order);

        Assert.Equal($"Your Corner & Co order {order.Number} is confirmed", email.Subject);
        Assert.Contains("Mug &lt;script&gt;alert(1)&lt;/script&gt; &amp; Saucer × 2", email.Html);
        Assert.DoesNotContain("<script>", email.Html);
        Assert.Contains("Corner &amp; Co", email.Html);
        Assert.Contains("$25.00", email.Html);
        Assert.Contains("<strong>$67.00</strong>", email.Html);
        var link = $"https://shop.example.test/orders/{order.Number}?token={order.AccessToken}";
        Assert.Contains($"<a href=\"{link}\"", email.Html);
        Assert.Contains("Mug <script>alert(1)</script> & Saucer × 2  $25.00", email.Text);
        Assert.Contains("Total  $67.00", email.Text);
        Assert.Contains($"View your order: {link}", email.Text);
    }

    [Fact]
    public void Yen_amounts_have_no_decimals()
    {
        var order = Paid("jpy", new OrderLine(1, "Tenugui", 1250, 3), new OrderLine(2, "Kettle", 12000, 1));

        var email = Renderer.Confirmation(order);

        Assert.Contains("¥3,750", email.Html);
        Assert.Contains("<strong>¥15,750</strong>", email.Html);
        Assert.Contains("We have received your payment of ¥15,750.", email.Text);
        Assert.DoesNotContain("¥15,750.00", email.Html + email.Text);
    }

    [Fact]
    public void A_refund_email_says_what_came_back_and_what_was_refunded_in_total()
    {
        var order = Paid("usd", new OrderLine(1, "Backpack", 14500, 1));
        order.RecordRefund(4500, DateTime.UtcNow);
        order.RecordRefund(6000, DateTime.UtcNow);

        var email = Renderer.Refund(order, 1500);

        Assert.Equal($"Refund for your Corner & Co order {order.Number}", email.Subject);
        Assert.Contains("We have refunded $15.00 to your original payment method. Refunded so far: $60.00 of $145.00.", email.Text);
    }

    [Fact]
    public void The_shop_notice_links_to_the_admin_order_page()
    {
        var order = Paid("usd", new OrderLine(1, "Backpack", 14500, 1));

        var email = Renderer.NewOrderNotice(order);

        Assert.Equal($"New order {order.Number}: $145.00", email.Subject);
        Assert.Contains($"https://shop.example.test/admin/orders/{order.Number}", email.Html);
        Assert.Contains("ada@example.com paid $145.00.", email.Text);
    }

    [Fact]
    public void The_confirmation_shows_the_address_shipping_discount_and_tax_in_a_zero_decimal_currency()
    {
        var order = Order.Create("jpy", "ada@example.com", null, null, [new OrderLine(1, "Mug", 1250, 2)], DateTime.UtcNow);
        order.AwaitPayment("cs_test_1", "https://pay.example/cs_test_1", DateTime.UtcNow);
        order.MarkPaid(DateTime.UtcNow, new CheckoutDetails(
            new ShippingAddress("Ada <Lovelace>", "1 Main St", null, "Tokyo", "100-0001", null, "JP"), "+81 3 0000 0000", "Express", 800, 250, 250, "TEN"));

        var email = Renderer.Confirmation(order);

        Assert.Contains("Subtotal  ¥2,500", email.Text);
        Assert.Contains("Shipping (Express)  ¥800", email.Text);
        Assert.Contains("Discount (TEN)  -¥250", email.Text);
        Assert.Contains("Tax  ¥250", email.Text);
        Assert.Contains("Total  ¥3,300", email.Text);
        Assert.Contains("Delivering to\nAda <Lovelace>\n1 Main St\n100-0001 Tokyo\nJP", email.Text);
        Assert.Contains("Ada &lt;Lovelace&gt;<br>1 Main St", email.Html);
    }

    [Fact]
    public void The_shipping_email_links_to_the_carriers_tracking_page()
    {
        var order = Paid("usd", new OrderLine(1, "Backpack", 14500, 1));
        order.MarkShipped("UPS", "1Z 999", DateTime.UtcNow);

        var email = Renderer.Shipped(order);

        Assert.Equal($"Your Corner & Co order {order.Number} has shipped", email.Subject);
        Assert.Contains("Track your parcel: https://ups.example/track?n=1Z%20999", email.Text);
        Assert.Contains("href=\"https://ups.example/track?n=1Z%20999\"", email.Html);
    }

    private static Order Paid(string currency, params OrderLine[] lines)
    {
        var order = Order.Create(currency, "ada@example.com", null, null, lines, DateTime.UtcNow);
        order.AwaitPayment("cs_test_1", "https://pay.example/cs_test_1", DateTime.UtcNow);
        order.MarkPaid(DateTime.UtcNow);
        return order;
    }
}
