using DocumentFormat.OpenXml.Packaging;
using Karsa.Domain.Primitives;
using Keys = Karsa.Interchange.Spreadsheets.SheetTexts.MetadataKeys;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>Reads the hidden metadata sheet and checks that the upload is this template's, for this region, agency and year.</summary>
internal static class MetadataCheck
{
    private const int MaxMetadataRows = 64;

    /// <summary>The workbook's language, or null after reporting why the upload does not belong here.</summary>
    public static Language? Check(WorksheetPart part, ProgressSheetTemplate expected, IReadOnlyList<string> sharedStrings, ProblemSink problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in SheetRowReader.Rows(part, 2, sharedStrings).TakeWhile(row => row.Number <= MaxMetadataRows))
        {
            if (row[0]?.Text.Trim() is { Length: > 0 } key)
            {
                values.TryAdd(key, row[1]?.Text.Trim() ?? string.Empty);
            }
        }

        var version = values.GetValueOrDefault(Keys.Version);
        if (version != SheetTexts.TemplateVersion)
        {
            problems.Add(SheetProblems.WrongTemplateVersion(version));
            return null;
        }

        var before = problems.Problems.Count;
        Compare(values, Keys.Region, new LocalizedText("wilayah", "region"), expected.Region.Value, problems);
        Compare(values, Keys.Agency, new LocalizedText("perangkat daerah", "agency"), expected.Agency.Value, problems);
        Compare(values, Keys.Period, new LocalizedText("tahun", "year"), expected.Period.ToString(), problems);
        if (problems.Problems.Count > before)
        {
            return null;
        }

        return values.GetValueOrDefault(Keys.Language) == Writing.MetadataSheet.LanguageKey(Language.English) ? Language.English : Language.Indonesian;
    }

    private static void Compare(Dictionary<string, string> values, string key, LocalizedText what, string expected, ProblemSink problems)
    {
        var found = values.GetValueOrDefault(key);
        if (found != expected)
        {
            problems.Add(SheetProblems.WrongTarget(what, key, found, expected));
        }
    }
}
