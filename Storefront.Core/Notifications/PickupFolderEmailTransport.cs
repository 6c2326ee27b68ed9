using Microsoft.Extensions.Options;
using MimeKit;

namespace Storefront.Core.Notifications;

/// <summary>
/// Writes each message as an <c>.eml</c> file named for its Message-Id, which any mail client opens. Writing the
/// same message again replaces its file, and a file appears whole or not at all.
/// </summary>
public sealed class PickupFolderEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = options.Value.PickupDirectory!;
        Directory.CreateDirectory(folder);
        var name = string.Concat(message.MessageId!.Split(Path.GetInvalidFileNameChars()));
        var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name + ".eml"), overwrite: true);
    }
}
