namespace Storefront.Core.Notifications;

/// <summary>An email's content, in both the forms a mail client may show.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);
