using DocumentFormat.OpenXml.Packaging;
using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>
/// Walks a data sheet: checks the header row against the layout, stops past the row limit, matches
/// each row to a template line by its code (reporting unknown, duplicate and missing codes) and
/// hands matched rows to a parser.
/// </summary>
internal sealed class DataSheetScan(string sheet, IReadOnlyList<SheetColumn> columns, Language language, IReadOnlyList<string> sharedStrings, ProblemSink problems, SpreadsheetLimits limits)
{
    /// <summary>The parsed rows in sheet order.</summary>
    public List<TRow> Read<TLine, TRow>(WorksheetPart part, IReadOnlyList<TLine> lines, Func<TLine, string> codeOf, Func<RawRow, TLine, CellReader, TRow?> parse)
        where TRow : class
    {
        var cells = new CellReader(sheet, problems, limits);
        var expected = lines.ToDictionary(codeOf, StringComparer.Ordinal);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var parsed = new List<TRow>();
        var codeColumn = columns[0];
        var headerSeen = false;
        foreach (var row in SheetRowReader.Rows(part, columns.Count, sharedStrings))
        {
            if (row.Number > limits.MaxRows)
            {
                problems.Add(SheetProblems.TooManyRows(sheet, limits.MaxRows));
                return parsed;
            }

            if (problems.IsFull)
            {
                return parsed;
            }

            if (row.Number == 1)
            {
                CheckHeader(row);
                headerSeen = true;
                continue;
            }

            if (!cells.Text(row, codeColumn, out var code))
            {
                continue;
            }

            if (code is null)
            {
                if (!row.IsBlankIn(columns.Select(c => c.Index)))
                {
                    cells.Required(row, codeColumn);
                }
            }
            else if (!expected.TryGetValue(code, out var line))
            {
                problems.Add(SheetProblems.UnknownCode(cells.Place(row, codeColumn), code));
            }
            else if (firstRowOf.TryGetValue(code, out var first))
            {
                problems.Add(SheetProblems.DuplicateCode(cells.Place(row, codeColumn), code, first));
            }
            else
            {
                firstRowOf[code] = row.Number;
                if (parse(row, line, cells) is { } result)
                {
                    parsed.Add(result);
                }
            }
        }

        if (!headerSeen)
        {
            problems.Add(SheetProblems.ChangedHeader(new CellPlace(sheet, 1, codeColumn), null, codeColumn.Header.In(language)));
        }

        foreach (var code in lines.Select(codeOf).Where(code => !firstRowOf.ContainsKey(code)))
        {
            problems.Add(SheetProblems.MissingCode(new CellPlace(sheet, null, codeColumn), code));
        }

        return parsed;
    }

    private void CheckHeader(RawRow row)
    {
        foreach (var column in columns)
        {
            var found = row[column.Index]?.Text.Trim();
            var expected = column.Header.In(language);
            if (!string.Equals(found, expected, StringComparison.Ordinal))
            {
                problems.Add(SheetProblems.ChangedHeader(new CellPlace(sheet, row.Number, column), found, expected));
            }
        }
    }
}
