namespace Storefront.Core.Admin;

public enum OrderTimelineKind
{
    StatusChange,
    WebhookEvent,
    Refund,
    StaffAction,
}
