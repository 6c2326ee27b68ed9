using Microsoft.Extensions.Options;
using MimeKit;

namespace Storefront.Core.Notifications;

/// <summary>
/// The transport the <c>Email</c> settings choose: SMTP when a host is set, else the pickup folder. Chosen at each
/// send rather than when the sender is built, so that reading the settings never runs ahead of start-up validation.
/// </summary>
internal sealed class ConfiguredEmailTransport(
    IOptions<EmailOptions> options, SmtpEmailTransport smtp, PickupFolderEmailTransport pickupFolder) : IEmailTransport
{
    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
        ((IEmailTransport)(options.Value.UsesSmtp ? smtp : pickupFolder)).SendAsync(message, cancellationToken);
}
