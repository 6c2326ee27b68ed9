namespace Storefront.Core;

/// <summary>A business rule refused an operation; the message is safe to show to the person who asked.</summary>
public class DomainException(string message) : Exception(message);
