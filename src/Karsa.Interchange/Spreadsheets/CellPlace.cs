using System.Globalization;
using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>Where a problem is: a sheet, optionally a 1-based row and a column of the layout.</summary>
internal sealed record CellPlace(string? Sheet, int? Row = null, SheetColumn? Column = null)
{
    /// <summary>The whole file.</summary>
    public static CellPlace File { get; } = new((string?)null);

    /// <summary>The place in words: "Lembar 'Program', baris 5, kolom F (Status)" and its English form.</summary>
    public LocalizedText Words
    {
        get
        {
            if (Sheet is null)
            {
                return new LocalizedText("Berkas", "File");
            }

            var indonesian = $"Lembar '{Sheet}'";
            var english = $"Sheet '{Sheet}'";
            if (Row is { } row)
            {
                indonesian += ", baris " + row.ToString(CultureInfo.InvariantCulture);
                english += ", row " + row.ToString(CultureInfo.InvariantCulture);
            }

            if (Column is { } column)
            {
                indonesian += $", kolom {column.Letter} ({column.Header.Indonesian})";
                english += $", column {column.Letter} ({column.Header.In(Language.English)})";
            }

            return new LocalizedText(indonesian, english);
        }
    }
}
