using Karsa.Domain.Primitives;
using Karsa.Interchange.Spreadsheets;
using Karsa.Testing;

namespace Karsa.Interchange.Tests.Spreadsheets;

/// <summary>Each kind of bad entry is reported alone, at its sheet, row and column, and refuses the whole upload.</summary>
public class CellErrorTests
{
    private static SheetProblem OnlyProblemOf(Action<WorkbookEditor> edit, SpreadsheetLimits? limits = null) =>
        SheetSamples.Read(WorkbookEditor.Edit(SheetSamples.Write(SheetSamples.Template()), edit), SheetSamples.Template(), limits).SingleProblem();

    [Fact]
    public void A_status_outside_the_list_is_named_at_its_cell() =>
        OnlyProblemOf(s => s.Text("Program", "E2", "Macet").Number("Program", "F2", 50))
            .AssertAt(SheetProblemKind.StatusNotInList, "Program", 2, "E");

    [Fact]
    public void Progress_over_100_is_named_at_its_cell() =>
        OnlyProblemOf(s => s.Text("Program", "E2", "Berjalan").Number("Program", "F2", 150))
            .AssertAt(SheetProblemKind.PercentOutOfRange, "Program", 2, "F");

    [Fact]
    public void Words_where_a_number_belongs_are_named_at_their_cell() =>
        OnlyProblemOf(s => s.Text("Program", "E2", "Berjalan").Text("Program", "F2", "sebagian"))
            .AssertAt(SheetProblemKind.NotANumber, "Program", 2, "F");

    [Fact]
    public void Money_with_a_fraction_is_named_at_its_cell() =>
        OnlyProblemOf(s => s.Text("Program", "E3", "Berjalan").Number("Program", "F3", 10).Number("Program", "G3", 1000.5m))
            .AssertAt(SheetProblemKind.MoneyNotWhole, "Program", 3, "G");

    [Fact]
    public void Negative_money_is_named_at_its_cell() =>
        OnlyProblemOf(s => s.Text("Program", "E3", "Berjalan").Number("Program", "F3", 10).Number("Program", "H3", -5))
            .AssertAt(SheetProblemKind.MoneyNegative, "Program", 3, "H");

    [Fact]
    public void A_filled_row_without_progress_names_the_progress_cell() =>
        OnlyProblemOf(s => s.Text("Program", "E2", "Berjalan"))
            .AssertAt(SheetProblemKind.Required, "Program", 2, "F");

    [Fact]
    public void An_indicator_value_without_a_period_names_the_period_cell() =>
        OnlyProblemOf(s => s.Number("Indikator", "E3", 100).Text("Indikator", "F3", " "))
            .AssertAt(SheetProblemKind.Required, "Indikator", 3, "F");

    [Fact]
    public void A_formula_is_refused_at_its_cell_even_with_a_valid_cached_value() =>
        OnlyProblemOf(s => s.Text("Program", "E2", "Berjalan").Formula("Program", "F2", "20*2", 40))
            .AssertAt(SheetProblemKind.Formula, "Program", 2, "F");

    [Fact]
    public void A_row_with_a_code_the_template_lacks_is_named_at_its_code_cell() =>
        OnlyProblemOf(s => s.Text("Program", "A5", "GOV-99"))
            .AssertAt(SheetProblemKind.UnknownCode, "Program", 5, "A");

    [Fact]
    public void A_moved_header_is_named_at_its_cell() =>
        OnlyProblemOf(s => s.Text("Program", "F1", "Persen"))
            .AssertAt(SheetProblemKind.ChangedHeader, "Program", 1, "F");

    [Fact]
    public void Notes_over_the_length_limit_are_named_at_their_cell() =>
        OnlyProblemOf(s => s.Text("Program", "E2", "Berjalan").Number("Program", "F2", 1).Text("Program", "I2", new string('x', 41)), new SpreadsheetLimits { MaxTextLength = 40 })
            .AssertAt(SheetProblemKind.TextTooLong, "Program", 2, "I");

    [Fact]
    public void A_code_written_twice_is_a_duplicate_at_the_second_row_and_leaves_the_overwritten_code_missing()
    {
        var file = WorkbookEditor.Edit(SheetSamples.Write(SheetSamples.Template()), s => s.Text("Program", "A4", "GOV-01"));

        var problems = SheetSamples.Read(file, SheetSamples.Template()).Problems;

        Assert.Equal(2, problems.Count);
        problems[0].AssertAt(SheetProblemKind.DuplicateCode, "Program", 4, "A");
        problems[1].AssertAt(SheetProblemKind.MissingCode, "Program", null, "A");
        Assert.Contains("LIV-04", problems[1].Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void One_bad_row_refuses_the_good_rows_too_and_the_message_names_the_place_in_both_languages()
    {
        var file = WorkbookEditor.Edit(SheetSamples.Write(SheetSamples.Template()), s => s
            .Text("Program", "E2", "Selesai").Number("Program", "F2", 100)
            .Text("Program", "E3", "Berjalan").Number("Program", "F3", 101));

        var problem = SheetSamples.Read(file, SheetSamples.Template()).SingleProblem();

        Assert.StartsWith("Lembar 'Program', baris 3, kolom F (Progres (%)): ", problem.Message.Indonesian, StringComparison.Ordinal);
        Assert.StartsWith("Sheet 'Program', row 3, column F (Progress (%)): ", problem.Message.In(Language.English), StringComparison.Ordinal);
        Assert.Contains("0 sampai 100", problem.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains("0 to 100", problem.Message.In(Language.English), StringComparison.Ordinal);
        Assert.Equal("progress", problem.Field);
    }

    [Theory]
    [InlineData("33.14", "DISKOMINFO", 2026, "region")]
    [InlineData("33.13", "BAPPEDA", 2026, "agency")]
    [InlineData("33.13", "DISKOMINFO", 2027, "period")]
    public void A_workbook_for_another_region_agency_or_year_is_refused(string region, string agency, int year, string field)
    {
        var sample = SheetSamples.Template();
        var other = new ProgressSheetTemplate(new RegionCode(region), new AgencyCode(agency), new FiscalYear(year), sample.Statuses, sample.Sources, sample.Programmes, sample.Indicators);

        var problem = SheetSamples.Read(SheetSamples.Write(sample), other).SingleProblem();

        problem.AssertAt(SheetProblemKind.WrongTarget, "karsa_meta", null, null);
        Assert.Equal(field, problem.Field);
    }
}
