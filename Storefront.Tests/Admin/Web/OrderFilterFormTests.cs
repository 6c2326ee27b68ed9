using AngleSharp.Html.Dom;
using Bunit;
using Storefront.Web.Admin.Orders;

namespace Storefront.Tests.Admin.Web;

public sealed class OrderFilterFormTests : BunitContext
{
    [Fact]
    public void The_form_is_a_get_to_the_list_and_shows_the_filters_from_the_url()
    {
        var form = Render<OrderFilterForm>(p => p.Add(c => c.Query,
            new OrderListQuery("ada@", "partially-refunded", "2026-11-01", "2026-11-20", "total-highest", "1600.1.0194b2a0c0c07000800000000000000a", null)));

        var element = form.Find("form");
        Assert.Equal("get", element.GetAttribute("method"));
        Assert.Equal("/admin/orders", element.GetAttribute("action"));
        Assert.Equal("ada@", Input(form, "search").Value);
        Assert.Equal("2026-11-01", Input(form, "from").Value);
        Assert.Equal("2026-11-20", Input(form, "to").Value);
        Assert.Equal("Partially refunded", Selected(form, "status"));
        Assert.Equal("Highest total", Selected(form, "sort"));
        Assert.Empty(form.FindAll("[name=after]"));
    }

    [Fact]
    public void Without_filters_it_offers_any_status_newest_first()
    {
        var form = Render<OrderFilterForm>(p => p.Add(c => c.Query, new OrderListQuery(null, null, null, null, null, null, null)));

        Assert.Equal("", Input(form, "search").Value);
        Assert.Equal("Any status", Selected(form, "status"));
        Assert.Equal("Newest first", Selected(form, "sort"));
    }

    [Fact]
    public void A_value_that_does_not_parse_is_still_shown_so_it_can_be_corrected()
    {
        var form = Render<OrderFilterForm>(p => p.Add(c => c.Query,
            new OrderListQuery("SF-ABC", "PAID", "31/12/2026", null, "bogus", null, null)));

        Assert.Equal("SF-ABC", Input(form, "search").Value);
        Assert.Equal("31/12/2026", Input(form, "from").GetAttribute("value"));
        Assert.Equal("Paid", Selected(form, "status"));
        Assert.Equal("Newest first", Selected(form, "sort"));
    }

    private static IHtmlInputElement Input(IRenderedComponent<OrderFilterForm> form, string name) =>
        (IHtmlInputElement)form.Find($"input[name={name}]");

    private static string Selected(IRenderedComponent<OrderFilterForm> form, string name)
    {
        var selected = form.FindAll($"select[name={name}] option[selected]");
        return selected.Count == 0 ? form.Find($"select[name={name}] option").TextContent : Assert.Single(selected).TextContent;
    }
}
