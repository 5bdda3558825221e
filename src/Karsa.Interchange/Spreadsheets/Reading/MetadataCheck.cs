using DocumentFormat.OpenXml.Packaging;
using Karsa.Domain.Primitives;
using Keys = Karsa.Interchange.Spreadsheets.SheetTexts.MetadataKeys;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>Reads the hidden metadata sheet: whom the upload reports for, and whether it is this template's, for this region, agency and year.</summary>
internal static class MetadataCheck
{
    private const int MaxMetadataRows = 64;

    /// <summary>The workbook's language, or null after reporting why the upload does not belong here.</summary>
    public static Language? Check(WorksheetPart part, ProgressSheetTemplate expected, IReadOnlyList<string> sharedStrings, ProblemSink problems)
    {
        if (VersionedValues(part, sharedStrings, problems) is not { } values)
        {
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

    /// <summary>Whom the workbook reports for, or null after reporting why that cannot be told.</summary>
    public static ProgressSheetIdentity? Identify(WorksheetPart part, IReadOnlyList<string> sharedStrings, ProblemSink problems)
    {
        if (VersionedValues(part, sharedStrings, problems) is not { } values)
        {
            return null;
        }

        var region = values.GetValueOrDefault(Keys.Region);
        var agency = values.GetValueOrDefault(Keys.Agency);
        var period = values.GetValueOrDefault(Keys.Period);
        if (string.IsNullOrEmpty(region) || string.IsNullOrEmpty(agency)
            || !int.TryParse(period, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            problems.Add(SheetProblems.WrongTemplateVersion(values.GetValueOrDefault(Keys.Version)));
            return null;
        }

        return new ProgressSheetIdentity(region, agency, year);
    }

    /// <summary>The metadata's keys and values when the template version is this one; else null, with the problem.</summary>
    private static Dictionary<string, string>? VersionedValues(WorksheetPart part, IReadOnlyList<string> sharedStrings, ProblemSink problems)
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

        return values;
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
