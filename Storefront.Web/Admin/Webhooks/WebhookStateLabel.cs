using Storefront.Core.Payments.WebhookLog;

namespace Storefront.Web.Admin.Webhooks;

public static class WebhookStateLabel
{
    public static string For(WebhookEventState state) => state switch
    {
        WebhookEventState.Pending => "Pending",
        WebhookEventState.Applied => "Applied",
        WebhookEventState.Ignored => "Ignored",
        WebhookEventState.Parked => "Failed, parked",
        _ => state.ToString(),
    };

    public static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " UTC";
}
