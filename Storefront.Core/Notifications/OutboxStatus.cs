namespace Storefront.Core.Notifications;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent, or to be tried again after a failure the server may recover from.</summary>
    Queued = 0,
    Sent = 1,

    /// <summary>Will not be tried again without a person asking (a bad address, a refused message).</summary>
    Failed = 2,
}
