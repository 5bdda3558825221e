using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Spreadsheets;
using Karsa.Testing;

namespace Karsa.Interchange.Tests.Spreadsheets;

/// <summary>Write the template, fill it as a user would, read it back.</summary>
public class TemplateRoundTripTests
{
    private static byte[] Filled(Language language)
    {
        var template = SheetSamples.Template(language);
        var (programmes, indicators) = language == Language.English ? ("Programmes", "Indicators") : ("Program", "Indikator");
        var (running, done) = language == Language.English ? ("Running", "Done") : ("Berjalan", "Selesai");
        return WorkbookEditor.Edit(SheetSamples.Write(template), sheet => sheet
            .Text(programmes, "E2", running).Number(programmes, "F2", 40).Text(programmes, "G2", "1.250.000").Text(programmes, "I2", "Tender selesai")
            .Text(programmes, "E3", done).Number(programmes, "F3", 100).Number(programmes, "G3", 500_000_000).Text(programmes, "H3", "Rp 300.000.000")
            .Text(indicators, "E2", "4,2").Text(indicators, "G2", "BPS"));
    }

    private static ProgressSheetImport Expected() => new(
        new RegionCode("33.13"),
        new AgencyCode("DISKOMINFO"),
        new FiscalYear(2026),
        [
            new ProgrammeProgressRow(new ProgrammeCode("GOV-01"), "running", 40m, [new SourceAmount(FundingSource.Apbd, new Rupiah(1_250_000))], "Tender selesai"),
            new ProgrammeProgressRow(new ProgrammeCode("GOV-02"), "done", 100m, [new SourceAmount(FundingSource.Apbd, new Rupiah(500_000_000)), new SourceAmount(FundingSource.Apbn, new Rupiah(300_000_000))], null),
        ],
        [new IndicatorObservationRow(new IndicatorCode("ISO37120-5.1"), "2026", 4.2m, "BPS")]);

    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void A_filled_template_reads_back_as_the_rows_typed_and_leaves_empty_rows_out(Language language)
    {
        var result = SheetSamples.Read(Filled(language), SheetSamples.Template());

        Assert.Empty(result.Problems);
        Assert.Equal(Expected(), result.Import);
    }

    [Fact]
    public void Reading_the_same_file_twice_gives_equal_imports()
    {
        var file = Filled(Language.Indonesian);

        var first = SheetSamples.Read(file, SheetSamples.Template());
        var second = SheetSamples.Read(file, SheetSamples.Template());

        Assert.True(first.IsAccepted);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void An_untouched_template_is_accepted_with_nothing_reported()
    {
        var result = SheetSamples.Read(SheetSamples.Write(SheetSamples.Template()), SheetSamples.Template());

        Assert.True(result.IsAccepted);
        Assert.Empty(result.Import!.Programmes);
        Assert.Empty(result.Import.Indicators);
    }

    [Fact]
    public void The_status_may_be_typed_as_its_key_or_its_name_in_the_other_language()
    {
        var file = WorkbookEditor.Edit(SheetSamples.Write(SheetSamples.Template()), sheet => sheet
            .Text("Program", "E2", "done").Number("Program", "F2", 100)
            .Text("Program", "E3", "not started").Number("Program", "F3", 0));

        var rows = SheetSamples.Read(file, SheetSamples.Template()).Import!.Programmes;

        Assert.Equal(["done", "not-started"], rows.Select(r => r.StatusKey));
    }
}
