namespace Storefront.Core.Notifications;

/// <summary>What a resend led to: the message that will be (or is being) sent.</summary>
/// <param name="MessageId">The message to follow.</param>
/// <param name="AlreadyUnderway">
/// True when nothing new was queued because that message was already on its way: being sent at this moment, or a
/// copy queued by an earlier resend that has not gone out yet.
/// </param>
public sealed record OutboxResend(Guid MessageId, bool AlreadyUnderway);
