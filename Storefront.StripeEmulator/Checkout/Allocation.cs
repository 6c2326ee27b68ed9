namespace Storefront.StripeEmulator.Checkout;

/// <summary>
/// Splits an amount already rounded once for the whole session over its parts in proportion to their weights:
/// each part gets its share rounded down and the last part with a weight gets the rest, so the parts add up and
/// a part that weighs nothing (no shipping) gets nothing.
/// </summary>
public static class Allocation
{
    public static long[] Split(long amount, IReadOnlyList<long> weights)
    {
        var shares = new long[weights.Count];
        var total = weights.Sum();
        if (shares.Length == 0)
        {
            return shares;
        }

        var rest = Math.Max(0, weights.ToList().FindLastIndex(w => w > 0));
        var given = 0L;
        for (var i = 0; i < weights.Count && total > 0; i++)
        {
            if (i != rest)
            {
                shares[i] = (long)((decimal)amount * weights[i] / total);
                given += shares[i];
            }
        }

        shares[rest] = amount - given;
        return shares;
    }
}
