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
        ArgumentNullException.ThrowIfNull(expected);
        limits ??= SpreadsheetLimits.Default;
        return Open(input, limits, document => ReadWorkbook(document, expected, limits), ProgressSheetReadResult.Refused);
    }

    /// <summary>
    /// Whom <paramref name="input"/> (left open, read from its position) reports for, from its metadata
    /// sheet, under the same guards as <see cref="Read"/>; a seekable input is put back where it was.
    /// </summary>
    public static ProgressSheetIdentification Identify(Stream input, SpreadsheetLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var start = input.CanSeek ? input.Position : 0;
        try
        {
            return Open(input, limits ?? SpreadsheetLimits.Default, IdentifyWorkbook, problems => new ProgressSheetIdentification(null, problems.ToValueList()));
        }
        finally
        {
            if (input.CanSeek)
            {
                input.Position = start;
            }
        }
    }

    private static T Open<T>(Stream input, SpreadsheetLimits limits, Func<SpreadsheetDocument, T> read, Func<IEnumerable<SheetProblem>, T> refuse)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (seekable, refused) = PackageGuard.Prepare(input, limits);
        if (seekable is null)
        {
            return refuse([refused!]);
        }

        try
        {
            if (PackageGuard.Check(seekable, limits) is { } problem)
            {
                return refuse([problem]);
            }

            using var document = SpreadsheetDocument.Open(seekable, false, new OpenSettings { MaxCharactersInPart = limits.MaxEntryBytes });
            return read(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FormatException or IOException or InvalidOperationException)
        {
            return refuse([SheetProblems.NotAWorkbook()]);
        }
        finally
        {
            if (!ReferenceEquals(seekable, input))
            {
                seekable.Dispose();
            }
        }
    }

    private static ProgressSheetIdentification IdentifyWorkbook(SpreadsheetDocument document)
    {
        var problems = new ProblemSink(SpreadsheetLimits.Default.MaxProblems);
        var identity = document.WorkbookPart is { Workbook.Sheets: { } sheets } workbook
            && Find(PartsByName(workbook, sheets), SheetTexts.MetadataSheet, problems) is { } metadata
            ? MetadataCheck.Identify(metadata, SharedStrings.Read(workbook), problems)
            : null;
        if (identity is null && problems.IsEmpty)
        {
            problems.Add(SheetProblems.NotAWorkbook());
        }

        return new ProgressSheetIdentification(identity, problems.Problems.ToValueList());
    }

    private static Dictionary<string, WorksheetPart?> PartsByName(WorkbookPart workbook, Sheets sheets) => sheets.Elements<Sheet>()
        .Where(s => s.Name?.Value is not null && s.Id?.Value is not null)
        .GroupBy(s => s.Name!.Value!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => workbook.GetPartById(g.First().Id!.Value!) as WorksheetPart, StringComparer.Ordinal);

    private static ProgressSheetReadResult ReadWorkbook(SpreadsheetDocument document, ProgressSheetTemplate expected, SpreadsheetLimits limits)
    {
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is not { } sheets)
        {
            return ProgressSheetReadResult.Refused([SheetProblems.NotAWorkbook()]);
        }

        var partsByName = PartsByName(workbook, sheets);
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
