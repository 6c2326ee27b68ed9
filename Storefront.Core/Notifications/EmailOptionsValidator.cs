using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Storefront.Core.Notifications;

/// <summary>Refuses start-up with a message naming the email setting that is wrong.</summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var failures = new List<string>();
        if (!options.UsesSmtp && string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add("Email:Host is required outside Development (or set Email:PickupDirectory to write messages as .eml files).");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"Email:Port must be between 1 and 65535 (it is {options.Port}).");
        }

        if (!Enum.TryParse<SecureSocketOptions>(options.Security, ignoreCase: true, out var security) || !Enum.IsDefined(security))
        {
            failures.Add($"Email:Security must be one of {string.Join(", ", Enum.GetNames<SecureSocketOptions>())} (it is '{options.Security}').");
        }

        if (string.IsNullOrWhiteSpace(options.User) != string.IsNullOrWhiteSpace(options.Password))
        {
            failures.Add("Email:User and Email:Password go together: set both or neither.");
        }

        if (!EmailAddress.TryParseMailbox(options.From, out _))
        {
            failures.Add($"Email:From must be an email address such as 'Storefront <orders@shop.example>' (it is '{options.From}').");
        }

        if (!string.IsNullOrWhiteSpace(options.AdminNotify) && !EmailAddress.IsValid(options.AdminNotify))
        {
            failures.Add($"Email:AdminNotify must be an email address (it is '{options.AdminNotify}').");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.RetryDelay > TimeSpan.FromHours(1))
        {
            failures.Add($"Email:RetryDelay must be more than zero and at most 01:00:00 (it is {options.RetryDelay}).");
        }

        if (options.SendLease < TimeSpan.FromSeconds(1) || options.SendLease > TimeSpan.FromHours(1))
        {
            failures.Add($"Email:SendLease must be between 00:00:01 and 01:00:00 (it is {options.SendLease}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
