namespace Storefront.StripeEmulator.Control;

/// <summary>
/// Makes the next reads (GET requests) of the API answer 429 as Stripe's rate limiter does, with its body and a
/// Retry-After, so that a test can show the client waits and reads again. Armed through the control API.
/// </summary>
public sealed class ReadRateLimit
{
    private readonly Lock _sync = new();
    private int _remaining;
    private int _retryAfterSeconds;

    /// <summary>Refused reads still to come.</summary>
    public int Remaining
    {
        get
        {
            lock (_sync)
            {
                return _remaining;
            }
        }
    }

    public void Arm(int reads, int retryAfterSeconds)
    {
        lock (_sync)
        {
            _remaining = reads;
            _retryAfterSeconds = retryAfterSeconds;
        }
    }

    /// <summary>Whether this read is refused, and then how many seconds its Retry-After asks.</summary>
    public bool TryRefuse(out int retryAfterSeconds)
    {
        lock (_sync)
        {
            retryAfterSeconds = _retryAfterSeconds;
            if (_remaining == 0)
            {
                return false;
            }

            _remaining--;
            return true;
        }
    }
}
