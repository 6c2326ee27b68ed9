using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace Storefront.Core.Notifications;

/// <summary>Which strings the store accepts as a recipient: a bare <c>local@domain</c> address, nothing more.</summary>
public static class EmailAddress
{
    private static readonly ParserOptions Strict = new() { AllowAddressesWithoutDomain = false };

    public static bool IsValid(string? address) =>
        !string.IsNullOrWhiteSpace(address) &&
        MailboxAddress.TryParse(Strict, address, out var mailbox) &&
        string.IsNullOrEmpty(mailbox.Name) && mailbox.Address == address.Trim() &&
        mailbox.Domain.Contains('.', StringComparison.Ordinal);

    /// <summary>A sender in either form, <c>orders@shop.example</c> or <c>Shop &lt;orders@shop.example&gt;</c>.</summary>
    public static bool TryParseMailbox(string? value, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        return !string.IsNullOrWhiteSpace(value) && MailboxAddress.TryParse(Strict, value, out mailbox) && mailbox.Domain.Length > 0;
    }
}
