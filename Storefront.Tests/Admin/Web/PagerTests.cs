using Bunit;
using Storefront.Web.Admin.Shared;

namespace Storefront.Tests.Admin.Web;

public sealed class PagerTests : BunitContext
{
    private const string ListUrl = "/admin/list?status=paid";

    [Fact]
    public void On_the_first_page_first_and_previous_are_disabled_and_the_rest_link_with_the_filters()
    {
        var pager = RenderPager(page: 1, pageCount: 5);

        Assert.Equal(["First", "Previous"], Disabled(pager));
        Assert.Equal(ListUrl + "&page=2", Link(pager, "Next"));
        Assert.Equal(ListUrl + "&page=5", Link(pager, "Last"));
        Assert.Equal("1", pager.Find("[aria-current=page]").TextContent);
        Assert.Equal(["2", "3"], pager.FindAll("a[aria-label^=Page]").Select(a => a.TextContent));
        Assert.Contains("Page 1 of 5", pager.Find(".pager-summary").TextContent);
    }

    [Fact]
    public void On_the_last_page_next_and_last_are_disabled_and_first_leads_to_the_plain_list_url()
    {
        var pager = RenderPager(page: 5, pageCount: 5);

        Assert.Equal(["Next", "Last"], Disabled(pager));
        Assert.Equal(ListUrl, Link(pager, "First"));
        Assert.Equal(ListUrl + "&page=4", Link(pager, "Previous"));
        Assert.Equal(["3", "4"], pager.FindAll("a[aria-label^=Page]").Select(a => a.TextContent));
    }

    [Fact]
    public void In_the_middle_every_direction_is_a_link_and_two_pages_show_on_each_side()
    {
        var pager = RenderPager(page: 5, pageCount: 9);

        Assert.Empty(Disabled(pager));
        Assert.Equal(["3", "4", "6", "7"], pager.FindAll("a[aria-label^=Page]").Select(a => a.TextContent));
        Assert.Equal(ListUrl + "&page=6", Link(pager, "Next"));
    }

    [Fact]
    public void A_single_page_has_nowhere_to_go()
    {
        var pager = RenderPager(page: 1, pageCount: 1);

        Assert.Equal(["First", "Previous", "Next", "Last"], Disabled(pager));
        Assert.Empty(pager.FindAll("a"));
    }

    private IRenderedComponent<Pager> RenderPager(int page, int pageCount) => Render<Pager>(p => p
        .Add(c => c.Page, page)
        .Add(c => c.PageCount, pageCount)
        .Add(c => c.Href, number => number == 1 ? ListUrl : $"{ListUrl}&page={number}"));

    private static IEnumerable<string> Disabled(IRenderedComponent<Pager> pager) =>
        pager.FindAll("[aria-disabled=true]").Select(span => span.TextContent);

    private static string? Link(IRenderedComponent<Pager> pager, string text) =>
        pager.FindAll("a.pager-link").Single(a => a.TextContent == text).GetAttribute("href");
}
