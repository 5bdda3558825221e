using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Spreadsheets.Writing;

namespace Karsa.Interchange.Evaluation;

/// <summary>
/// Writes a ranking as an XLSX workbook with the Open XML SDK, streamed like the progress template:
/// one sheet, a frozen header, numbers as numeric cells with two decimals (shown in the reader's
/// locale, e.g. 3,66 in Indonesian Excel), and no protection so users may sort and filter.
/// </summary>
public static class RankingXlsx
{
    /// <summary>Writes <paramref name="rows"/> under a header in <paramref name="language"/> to <paramref name="output"/> (left open).</summary>
    public static void Write(IReadOnlyList<RankingTableRow> rows, Language language, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = TemplateStyles.Create();
            var part = workbook.AddNewPart<WorksheetPart>();
            var header = RankingTable.Header(language);
            using (var sheet = new SheetStream(part, [.. header.Select((_, i) => i == 2 ? 32d : 16d)], freezeHeader: true))
            {
                sheet.Row(1, header.Select((text, column) => Cells.Text(column, 1, text, TemplateStyle.Header)));
                var at = 2;
                foreach (var row in rows)
                {
                    sheet.Row(at, Line(row, at));
                    at++;
                }

                sheet.Finish([], protect: false);
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet
            {
                Name = language == Language.English ? "Ranking" : "Peringkat",
                SheetId = 1,
                Id = workbook.GetIdOfPart(part),
            }));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static IEnumerable<Cell> Line(RankingTableRow row, int at)
    {
        yield return Cells.Number(0, at, row.Rank, TemplateStyle.Default);
        yield return Cells.Text(1, at, row.Region, TemplateStyle.Default);
        yield return Cells.Text(2, at, row.Name, TemplateStyle.Default);
        yield return Cells.Number(3, at, row.Overall, TemplateStyle.LockedNumber);
        for (var i = 0; i < row.Dimensions.Count; i++)
        {
            yield return Cells.Number(4 + i, at, row.Dimensions[i], TemplateStyle.LockedNumber);
        }

        var next = 4 + row.Dimensions.Count;
        if (row.Change is { } change)
        {
            yield return Cells.Number(next, at, change, TemplateStyle.LockedNumber);
        }

        if (row.RankChange is { } climbed)
        {
            yield return Cells.Number(next + 1, at, climbed, TemplateStyle.Default);
        }
    }
}
