namespace Storefront.Core.Notifications;

/// <summary>The mail server refused a message for good (a bad recipient, content it will not take).</summary>
public sealed class EmailRejectedException(string message, Exception? inner = null) : Exception(message, inner);
