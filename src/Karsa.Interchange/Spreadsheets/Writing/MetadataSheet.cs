using DocumentFormat.OpenXml.Packaging;
using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets.Writing;

/// <summary>
/// The very hidden sheet that identifies a workbook (keys in column A, values in B) and holds the
/// status list the drop-down refers to (names in D, keys in E, from row 2).
/// </summary>
internal static class MetadataSheet
{
    /// <summary>The 0-based column of the status names.</summary>
    public const int StatusNameColumn = 3;

    /// <summary>The drop-down source range for <paramref name="count"/> statuses, e.g. <c>karsa_meta!$D$2:$D$5</c>.</summary>
    public static string StatusRange(int count) => $"{SheetTexts.MetadataSheet}!$D$2:$D${count + 1}";

    /// <summary>The language as the metadata writes it.</summary>
    public static string LanguageKey(Language language) => language == Language.English ? "en" : "id";

    /// <summary>Writes the sheet for <paramref name="template"/>.</summary>
    public static void Write(WorksheetPart part, ProgressSheetTemplate template)
    {
        (string Key, string Value)[] identity =
        [
            (SheetTexts.MetadataKeys.Version, SheetTexts.TemplateVersion),
            (SheetTexts.MetadataKeys.Region, template.Region.Value),
            (SheetTexts.MetadataKeys.Agency, template.Agency.Value),
            (SheetTexts.MetadataKeys.Period, template.Period.ToString()),
            (SheetTexts.MetadataKeys.Language, LanguageKey(template.Language)),
        ];
        using var sheet = new SheetStream(part, [18, 24, 4, 24, 16], freezeHeader: false);
        var rows = Math.Max(identity.Length, template.Statuses.Count + 1);
        for (var row = 1; row <= rows; row++)
        {
            var cells = new List<DocumentFormat.OpenXml.Spreadsheet.Cell>();
            if (row <= identity.Length)
            {
                cells.Add(Cells.Text(0, row, identity[row - 1].Key, TemplateStyle.Default));
                cells.Add(Cells.Text(1, row, identity[row - 1].Value, TemplateStyle.Default));
            }

            if (row >= 2 && row - 2 < template.Statuses.Count)
            {
                var status = template.Statuses[row - 2];
                cells.Add(Cells.Text(StatusNameColumn, row, status.Name.In(template.Language), TemplateStyle.Default));
                cells.Add(Cells.Text(StatusNameColumn + 1, row, status.Key, TemplateStyle.Default));
            }

            sheet.Row(row, cells);
        }

        sheet.Finish([]);
    }
}
