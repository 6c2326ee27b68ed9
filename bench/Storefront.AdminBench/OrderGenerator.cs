namespace Storefront.AdminBench;

/// <summary>
/// A year of orders, oldest first, as a busy shop accumulates them: most paid, some cancelled or refunded, open ones
/// only in the last day, repeat customers (a tenth typed their email with capitals), one to three lines each.
/// Deterministic for a given seed, so runs compare; its secrets come from the seeded generator too, which ten million
/// orders need to be quick to make.
/// </summary>
public sealed class OrderGenerator(IReadOnlyList<GeneratedLine> catalog, string currency, DateTime now, int seed = 42)
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static readonly string[] FirstNames = ["ada", "grace", "alan", "edsger", "barbara", "donald", "margaret", "linus", "ken", "frances"];
    private static readonly string[] Domains = ["example.com", "mail.example", "shop.test", "post.example.org"];

    // Order numbers are the order's index spread over all 31^8 numbers by a multiplier prime to 31: unique without
    // remembering the ten million already given out.
    private const long NumberSpace = 852_891_037_441;
    private const long Spread = 1_000_000_007;

    private readonly Random _random = new(seed);

    /// <summary>A customer's email, as the generator writes it for customer <paramref name="customer"/>.</summary>
    public static string EmailOf(int customer) =>
        $"{FirstNames[customer % FirstNames.Length]}.{customer}@{Domains[customer % Domains.Length]}";

    public IEnumerable<GeneratedOrder> Generate(int count)
    {
        var start = now.AddDays(-365);
        var step = (now - start).Ticks / count;
        for (var i = 0; i < count; i++)
        {
            yield return Order(start.AddTicks(i * step + _random.NextInt64(step)), count, i);
        }
    }

    private GeneratedOrder Order(DateTime createdAt, int count, int index)
    {
        var customer = _random.Next(Math.Max(1, count / 5));
        var email = EmailOf(customer);
        if (_random.Next(10) == 0)
        {
            email = char.ToUpperInvariant(email[0]) + email[1..];
        }

        var lines = Enumerable.Range(0, _random.Next(1, 4))
            .Select(_ => catalog[_random.Next(catalog.Count)] with { Quantity = _random.Next(1, 4) }).ToList();
        var total = lines.Sum(l => l.UnitPrice * l.Quantity);
        var status = StatusFor(createdAt);
        var paid = status is "Paid" or "PartiallyRefunded" or "Refunded";
        var paidAt = paid ? createdAt.AddSeconds(_random.Next(20, 600)) : (DateTime?)null;
        var refunded = status switch
        {
            "Refunded" => total,
            "PartiallyRefunded" => Math.Max(1, total * _random.Next(10, 90) / 100),
            _ => 0,
        };
        var sessionId = status == "Created" ? null : "cs_test_" + Hex(12);
        var updatedAt = paidAt ?? createdAt.AddMinutes(status is "Cancelled" ? 60 : 1);
        var payment = paid
            ? new GeneratedPayment(Guid.CreateVersion7(new DateTimeOffset(createdAt)), "pi_" + Hex(12),
                status == "Paid" ? "Succeeded" : status, createdAt)
            : null;
        return new GeneratedOrder(
            Guid.CreateVersion7(new DateTimeOffset(createdAt)), NumberOf(index), Hex(32),
            status, currency, email, email.ToLowerInvariant(), total, refunded, sessionId,
            sessionId is null ? null : createdAt.AddHours(1), _random.Next(1000) == 0 ? "Amount does not match the order." : null,
            createdAt, updatedAt, paidAt, lines, payment);
    }

    private string StatusFor(DateTime createdAt)
    {
        var roll = _random.Next(100);
        if (now - createdAt < TimeSpan.FromDays(1) && roll < 35)
        {
            return roll < 5 ? "Created" : "AwaitingPayment";
        }

        return roll switch
        {
            < 62 => "Paid",
            < 65 => "PartiallyRefunded",
            < 69 => "Refunded",
            < 72 => "PaymentFailed",
            _ => "Cancelled",
        };
    }

    private string NumberOf(int index) => "SF-" + string.Create(8, (index * Spread + seed) % NumberSpace, (span, value) =>
    {
        for (var i = span.Length - 1; i >= 0; i--, value /= Alphabet.Length)
        {
            span[i] = Alphabet[(int)(value % Alphabet.Length)];
        }
    });

    private string Hex(int bytes)
    {
        var buffer = new byte[bytes];
        _random.NextBytes(buffer);
        return Convert.ToHexStringLower(buffer);
    }
}
