using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PaperGraph.Corpus;

/// <summary>
/// A listing date as the corpus writes it: "Jul 30" and "Jul 30, 2025" on seed pages, "2025-12-15" in arXiv metadata.
/// </summary>
/// <remarks>
/// Dates order chronologically; a date without a year (seed pages) orders by month and day before the dated ones,
/// since its year is unknown. Text that is no date orders last, by text.
/// </remarks>
public sealed record ListingDate(string Text, int? Year, int Month, int Day)
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public bool IsDate => Month > 0;

    /// <summary>The date in ISO form when the year is known ("2025-07-30"), else as written.</summary>
    public string Sortable => Year is { } year && IsDate ? $"{year:0000}-{Month:00}-{Day:00}" : Text;

    public static ListingDate Parse(string text) => TryParse(text, out var date) ? date : new ListingDate(text, null, 0, 0);

    public static bool TryParse(string text, [NotNullWhen(true)] out ListingDate? date)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            date = new ListingDate(text, iso.Year, iso.Month, iso.Day);
            return true;
        }
        var parts = trimmed.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 2 or 3 && parts[0].Length >= 3
            && Array.IndexOf(MonthNames, parts[0][..3].ToLowerInvariant()) is var month and >= 0
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
        {
            int? year = parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
            date = new ListingDate(text, year, month + 1, day);
            return true;
        }
        date = null;
        return false;
    }

    /// <summary>Chronological order, as described on the type.</summary>
    public static IComparer<ListingDate> Chronological { get; } = Comparer<ListingDate>.Create(Compare);

    private static int Compare(ListingDate? date, ListingDate? other)
    {
        if (date is null || other is null)
        {
            return date is null ? other is null ? 0 : -1 : 1;
        }
        return date.CompareTo(other);
    }

    private int CompareTo(ListingDate other)
    {
        if (IsDate != other.IsDate)
        {
            return IsDate ? -1 : 1;
        }
        var order = (Year ?? 0).CompareTo(other.Year ?? 0);
        if (order == 0)
        {
            order = Month.CompareTo(other.Month);
        }
        if (order == 0)
        {
            order = Day.CompareTo(other.Day);
        }
        return order != 0 ? order : string.CompareOrdinal(Text, other.Text);
    }
}
