namespace Storefront.Tests.StripeEmulator.Infrastructure;

/// <summary>Polls a condition that another process makes true, failing the test if it never does.</summary>
public static class Wait
{
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition never held.");
            }

            // A short pause between probes of another process's state, not a wait for it.
            await Task.Delay(TimeSpan.FromMilliseconds(25));
        }
    }
}
