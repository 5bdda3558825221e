using System.Globalization;
using System.Text;
using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Evaluation;

/// <summary>
/// Writes a ranking as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the names
/// right, comma separated, numbers with a decimal point so any program parses them; empty cells where
/// a region has no earlier result).
/// </summary>
public static class RankingCsv
{
    /// <summary>Writes the header in <paramref name="language"/> and <paramref name="rows"/> to <paramref name="output"/> (left open).</summary>
    public static void Write(IReadOnlyList<RankingTableRow> rows, Language language, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', RankingTable.Header(language).Select(Quote)));
        foreach (var row in rows)
        {
            string[] cells =
            [
                Number(row.Rank), Quote(row.Region), Quote(row.Name), Number(row.Overall), .. row.Dimensions.Select(Number),
                row.Change is { } change ? Number(change) : string.Empty, row.RankChange is { } climbed ? Number(climbed) : string.Empty,
            ];
            writer.WriteLine(string.Join(',', cells));
        }
    }

    private static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) => text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : '"' + text.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
}
