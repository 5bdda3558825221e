using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Spreadsheets;
using Karsa.Interchange.Spreadsheets.Reading;
using Karsa.Interchange.Spreadsheets.Writing;

namespace Karsa.Interchange.Tests.Spreadsheets;

/// <summary>A small template (two sources, three programmes, two indicators) and helpers to write and read it.</summary>
internal static class SheetSamples
{
    // Programme sheet columns for two sources: A code, B name, C planned APBD, D planned APBN,
    // E status, F progress, G realised APBD, H realised APBN, I notes.
    // Indicator sheet: A code, B name, C unit, D target, E value, F period, G source.
    public static ProgressSheetTemplate Template(Language language = Language.Indonesian) => new(
        new RegionCode("33.13"),
        new AgencyCode("DISKOMINFO"),
        new FiscalYear(2026),
        [
            new StatusOption("not-started", new LocalizedText("Belum mulai", "Not started")),
            new StatusOption("running", new LocalizedText("Berjalan", "Running")),
            new StatusOption("done", new LocalizedText("Selesai", "Done")),
        ],
        [FundingSourceCatalog.Defaults.Definition(FundingSource.Apbd), FundingSourceCatalog.Defaults.Definition(FundingSource.Apbn)],
        [
            new ProgrammeLine(new ProgrammeCode("GOV-01"), new LocalizedText("Satu Data", "One Data"), [new SourceAmount(FundingSource.Apbd, new Rupiah(1_250_000_000))]),
            new ProgrammeLine(new ProgrammeCode("GOV-02"), new LocalizedText("Layanan daring", "Online services"), [new SourceAmount(FundingSource.Apbd, new Rupiah(500_000_000)), new SourceAmount(FundingSource.Apbn, new Rupiah(300_000_000))]),
            new ProgrammeLine(new ProgrammeCode("LIV-04"), new LocalizedText("CCTV kota", "City CCTV"), []),
        ],
        [
            new IndicatorLine(new IndicatorCode("ISO37120-5.1"), new LocalizedText("Tingkat pengangguran", "Unemployment rate"), "%", 4.5m),
            new IndicatorLine(new IndicatorCode("LOCAL-1"), new LocalizedText("Layanan daring aktif", "Active online services"), "layanan", 120m),
        ],
        language);

    public static byte[] Write(ProgressSheetTemplate template)
    {
        using var stream = new MemoryStream();
        ProgressSheetWriter.Write(template, stream);
        return stream.ToArray();
    }

    public static ProgressSheetReadResult Read(byte[] workbook, ProgressSheetTemplate expected, SpreadsheetLimits? limits = null)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        return ProgressSheetReader.Read(stream, expected, limits);
    }

    /// <summary>The single problem of a refused read.</summary>
    public static SheetProblem SingleProblem(this ProgressSheetReadResult result)
    {
        Assert.Null(result.Import);
        return Assert.Single(result.Problems);
    }

    public static void AssertAt(this SheetProblem problem, SheetProblemKind kind, string? sheet, int? row, string? column)
    {
        Assert.Equal(kind, problem.Kind);
        Assert.Equal((sheet, row, column), (problem.Sheet, problem.Row, problem.Column));
    }
}
