using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Storefront.Core.Notifications;

/// <summary>Sends through the configured SMTP server, one connection per message.</summary>
public sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host!, settings.Port, settings.ParsedSecurity, cancellationToken);
        if (!string.IsNullOrWhiteSpace(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password!, cancellationToken);
        }

        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500 &&
            refused.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            throw new EmailRejectedException($"The mail server refused the message: {(int)refused.StatusCode} {refused.Message}", refused);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
