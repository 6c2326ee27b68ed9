using System.Globalization;

namespace Storefront.Core.Admin;

/// <summary>
/// A place in the order list: the sort keys of the row a page continues from. The next page is read from an index
/// starting at that place, so page 400,000 costs what page 2 does; a page number would make the database count its
/// way there. It holds the keys of every sort, so one text form (<see cref="ToString"/>) serves them all.
/// </summary>
public sealed record AdminOrderCursor(long Total, DateTime CreatedAt, Guid Id)
{
    public static AdminOrderCursor Of(AdminOrderRow row) => new(row.Total, row.CreatedAt, row.Id);

    /// <summary>Text as <see cref="ToString"/> writes it; anything else (a cut-off or edited link) is refused.</summary>
    public static bool TryParse(string? text, out AdminOrderCursor cursor)
    {
        cursor = null!;
        var parts = text?.Trim().Split('.');
        if (parts is not [var total, var ticks, var id]
            || !long.TryParse(total, NumberStyles.None, CultureInfo.InvariantCulture, out var totalValue)
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var ticksValue)
            || ticksValue > DateTime.MaxValue.Ticks
            || !Guid.TryParseExact(id, "N", out var idValue))
        {
            return false;
        }

        cursor = new AdminOrderCursor(totalValue, new DateTime(ticksValue, DateTimeKind.Utc), idValue);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Total}.{CreatedAt.Ticks}.{Id:N}");
}
