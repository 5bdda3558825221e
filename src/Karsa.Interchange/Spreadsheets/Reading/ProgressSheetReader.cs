using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>
/// Reads an uploaded progress workbook against the template it should come from. All or nothing:
/// the result holds every filled row or, when anything is wrong, only the problems, each at its
/// sheet, row and column. Hostile files are refused in bounded memory: the zip directory is checked
/// before inflating, sheets are read as a stream with a row limit, and formulas are refused.
/// </summary>
public static class ProgressSheetReader
{
    /// <summary>Reads <paramref name="input"/> (left open) as the workbook of <paramref name="expected"/>.</summary>
    public static ProgressSheetReadResult Read(Stream input, ProgressSheetTemplate expected, SpreadsheetLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(expected);
        limits ??= SpreadsheetLimits.Default;
        var (seekable, refused) = PackageGuard.Prepare(input, limits);
        if (seekable is null)
        {
            return ProgressSheetReadResult.Refused([refused!]);
        }

        try
        {
            if (PackageGuard.Check(seekable, limits) is { } problem)
            {
                return ProgressSheetReadResult.Refused([problem]);
            }

            using var document = SpreadsheetDocument.Open(seekable, false, new OpenSettings { MaxCharactersInPart = limits.MaxEntryBytes });
            return ReadWorkbook(document, expected, limits);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FormatException or IOException or InvalidOperationException)
        {
            return ProgressSheetReadResult.Refused([SheetProblems.NotAWorkbook()]);
        }
        finally
        {
            if (!ReferenceEquals(seekable, input))
            {
                seekable.Dispose();
            }
        }
    }

    private static ProgressSheetReadResult ReadWorkbook(SpreadsheetDocument document, ProgressSheetTemplate expected, SpreadsheetLimits limits)
    {
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is not { } sheets)
        {
            return ProgressSheetReadResult.Refused([SheetProblems.NotAWorkbook()]);
        }

        var partsByName = sheets.Elements<Sheet>()
            .Where(s => s.Name?.Value is not null && s.Id?.Value is not null)
            .GroupBy(s => s.Name!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => workbook.GetPartById(g.First().Id!.Value!) as WorksheetPart, StringComparer.Ordinal);
        var problems = new ProblemSink(limits.MaxProblems);
        var metadata = Find(partsByName, SheetTexts.MetadataSheet, problems);
        if (metadata is null)
        {
            return ProgressSheetReadResult.Refused(problems.Problems);
        }

        var sharedStrings = SharedStrings.Read(workbook);
        if (MetadataCheck.Check(metadata, expected, sharedStrings, problems) is not { } language)
        {
            return ProgressSheetReadResult.Refused(problems.Problems);
        }

        var layouts = SheetLayouts.For(expected);
        var programmeSheet = SheetTexts.ProgrammeSheet.In(language);
        var indicatorSheet = SheetTexts.IndicatorSheet.In(language);
        var programmePart = Find(partsByName, programmeSheet, problems);
        var indicatorPart = Find(partsByName, indicatorSheet, problems);
        if (programmePart is null || indicatorPart is null)
        {
            return ProgressSheetReadResult.Refused(problems.Problems);
        }

        var programmeParser = new ProgrammeRowParser(expected, layouts.Programme);
        var programmes = new DataSheetScan(programmeSheet, layouts.Programme, language, sharedStrings, problems, limits)
            .Read(programmePart, expected.Programmes, line => line.Code.Value, (row, line, cells) => programmeParser.Parse(row, line.Code, cells));
        var indicatorParser = new IndicatorRowParser(layouts.Indicator);
        var indicators = new DataSheetScan(indicatorSheet, layouts.Indicator, language, sharedStrings, problems, limits)
            .Read(indicatorPart, expected.Indicators, line => line.Code.Value, (row, line, cells) => indicatorParser.Parse(row, line.Code, cells));

        return problems.IsEmpty
            ? new ProgressSheetReadResult(new ProgressSheetImport(expected.Region, expected.Agency, expected.Period, programmes.ToValueList(), indicators.ToValueList()), [])
            : ProgressSheetReadResult.Refused(problems.Problems);
    }

    private static WorksheetPart? Find(Dictionary<string, WorksheetPart?> partsByName, string name, ProblemSink problems)
    {
        if (partsByName.GetValueOrDefault(name) is { } part)
        {
            return part;
        }

        problems.Add(SheetProblems.MissingSheet(name));
        return null;
    }
}
