namespace Karsa.Interchange.Spreadsheets;

/// <summary>Spreadsheet column letters (A, B, ..., Z, AA, ...) to and from 0-based indexes.</summary>
internal static class ColumnLetters
{
    /// <summary>The letters of the 0-based column <paramref name="index"/>: 0 is A, 26 is AA.</summary>
    public static string Of(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>
    /// The 0-based column and the 1-based row of a reference such as <c>AB12</c>; false when it is not
    /// one (or the column is past XFD, Excel's last).
    /// </summary>
    public static bool TryParseReference(string? reference, out int column, out int row)
    {
        column = -1;
        row = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        var n = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]) && i < 3; i++)
        {
            n = (n * 26) + (reference[i] - 'A' + 1);
        }

        if (i == 0 || n > 16_384 || !int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out row) || row < 1)
        {
            return false;
        }

        column = n - 1;
        return true;
    }
}
