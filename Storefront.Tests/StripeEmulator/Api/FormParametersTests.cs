using Microsoft.AspNetCore.WebUtilities;
using Storefront.StripeEmulator.Api;

namespace Storefront.Tests.StripeEmulator.Api;

public sealed class FormParametersTests
{
    [Fact]
    public void Appended_and_indexed_lists_read_the_same()
    {
        var appended = Parse("expand[]=line_items&expand[]=payment_intent");
        var indexed = Parse("expand[0]=line_items&expand[1]=payment_intent");

        Assert.Equal(["line_items", "payment_intent"], appended.List("expand"));
        Assert.Equal(appended.List("expand"), indexed.List("expand"));
    }

    [Fact]
    public void A_nested_key_nobody_read_is_reported_by_its_full_name()
    {
        var form = Parse("line_items[0][quantity]=1&line_items[0][adjustable_quantity][enabled]=true");
        form.Long("line_items[0][quantity]");

        var error = Assert.Throws<StripeApiException>(form.EnsureNoneUnknown);

        Assert.Equal("line_items[0][adjustable_quantity][enabled]", error.Param);
        Assert.Equal("parameter_unknown", error.Code);
    }

    [Fact]
    public void Maps_and_list_counts_follow_stripes_brackets()
    {
        var form = Parse("metadata[order_id]=42&metadata[note]=gift&line_items[0][quantity]=1&line_items[1][quantity]=2");

        Assert.Equal(new Dictionary<string, string> { ["order_id"] = "42", ["note"] = "gift" }, form.Map("metadata"));
        Assert.Equal(2, form.Count("line_items"));
    }

    [Fact]
    public void A_non_integer_amount_is_refused_naming_the_parameter()
    {
        var error = Assert.Throws<StripeApiException>(() => Parse("amount=12.50").Long("amount"));

        Assert.Equal("amount", error.Param);
        Assert.Equal(400, error.StatusCode);
    }

    private static FormParameters Parse(string query) => new(QueryHelpers.ParseQuery("?" + query));
}
