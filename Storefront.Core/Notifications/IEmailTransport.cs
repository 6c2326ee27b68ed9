using MimeKit;

namespace Storefront.Core.Notifications;

/// <summary>
/// Hands a message to whatever delivers it. Throws <see cref="EmailRejectedException"/> when trying again cannot
/// help; any other exception counts as a passing failure (a server down) and the message is tried again later.
/// </summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
