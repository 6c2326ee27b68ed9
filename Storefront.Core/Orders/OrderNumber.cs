using System.Security.Cryptography;

namespace Storefront.Core.Orders;

/// <summary>
/// Order numbers such as <c>SF-7K4Q2M9X</c>. They are random rather than sequential so that they reveal
/// nothing about sales volume and need no round trip to a database sequence; a unique index backs them.
/// </summary>
public static class OrderNumber
{
    // Crockford-style: no 0/O, 1/I/L, so a number read over the phone is unambiguous.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const string Prefix = "SF-";
    private const int Length = 8;

    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, Length);
}
