namespace Storefront.Core.Admin;

/// <summary>Staff asked for something the order does not allow; the message says why, for the admin page.</summary>
public sealed class AdminActionException(string message) : DomainException(message);
