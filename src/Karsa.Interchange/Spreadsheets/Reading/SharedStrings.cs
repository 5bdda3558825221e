using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>Reads the shared-string table (Excel moves typed text there on save) item by item.</summary>
internal static class SharedStrings
{
    /// <summary>The strings in index order; empty when the workbook has none.</summary>
    public static IReadOnlyList<string> Read(WorkbookPart workbook)
    {
        var part = workbook.SharedStringTablePart;
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text)));
                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }

        return strings;
    }
}
