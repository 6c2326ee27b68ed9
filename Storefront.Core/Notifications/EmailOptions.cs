using MailKit.Security;

namespace Storefront.Core.Notifications;

/// <summary>
/// The <c>Email</c> section: how order emails leave the store. With an SMTP <see cref="Host"/> they go to that
/// server; without one (the Development default) each is written as an <c>.eml</c> file to <see cref="PickupDirectory"/>.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>Where Development writes messages when no SMTP server is configured, under the content root.</summary>
    public const string DevelopmentPickupDirectory = "App_Data/mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>A MailKit <see cref="SecureSocketOptions"/> name: <c>StartTls</c>, <c>SslOnConnect</c>, <c>None</c>, <c>Auto</c>, …</summary>
    public string Security { get; set; } = nameof(SecureSocketOptions.StartTls);

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Storefront &lt;orders@shop.example&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>The shop's own address: a notice of each new paid order and of each product running low goes there; none when empty.</summary>
    public string? AdminNotify { get; set; }

    /// <summary>Folder for <c>.eml</c> files when there is no <see cref="Host"/>; made absolute against the content root.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The wait after the first failed attempt; each further failure doubles it, up to an hour.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a sender holds a message it is sending. No other app instance sends it meanwhile; if the instance
    /// dies mid-send, another sends it again (same Message-Id) once the lease runs out. It must outlast one SMTP send.
    /// </summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(5);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    public SecureSocketOptions ParsedSecurity => Enum.Parse<SecureSocketOptions>(Security, ignoreCase: true);
}
