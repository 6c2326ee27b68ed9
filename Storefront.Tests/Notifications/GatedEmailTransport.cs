using MimeKit;
using Storefront.Core.Notifications;

namespace Storefront.Tests.Notifications;

/// <summary>
/// The real transport, held at the door: a send waits until the test releases it, so the test can act while a
/// message is known to be in flight.
/// </summary>
public sealed class GatedEmailTransport(IEmailTransport inner) : IEmailTransport
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a send has started and is waiting to be released.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await _released.Task.WaitAsync(cancellationToken);
        await inner.SendAsync(message, cancellationToken);
    }
}
