using Karsa.Domain.Primitives;
using Karsa.Interchange.Spreadsheets;
using Karsa.Interchange.Spreadsheets.Reading;
using Karsa.Testing;

namespace Karsa.Interchange.Tests.Spreadsheets;

/// <summary>A workbook says whom it reports for (the command line's import needs no agency or year).</summary>
public class IdentifyTests
{
    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void A_template_names_its_region_agency_and_year_and_the_stream_is_put_back(Language language)
    {
        using var stream = new MemoryStream(SheetSamples.Write(SheetSamples.Template(language)));

        var identified = ProgressSheetReader.Identify(stream);

        Assert.Equal(new ProgressSheetIdentity("33.13", "DISKOMINFO", 2026), identified.Identity);
        Assert.Empty(identified.Problems);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void A_file_that_is_no_workbook_and_a_changed_template_version_are_not_identified()
    {
        var template = SheetSamples.Write(SheetSamples.Template());
        var renamed = WorkbookEditor.Edit(template, sheet => sheet.Text("karsa_meta", "B1", "karsa-progress-sheet/0"));

        var text = ProgressSheetReader.Identify(new MemoryStream("region;agency"u8.ToArray()));
        var old = ProgressSheetReader.Identify(new MemoryStream(renamed));

        Assert.Null(text.Identity);
        Assert.Equal(SheetProblemKind.NotAWorkbook, Assert.Single(text.Problems).Kind);
        Assert.Null(old.Identity);
        Assert.Equal(SheetProblemKind.WrongTemplateVersion, Assert.Single(old.Problems).Kind);
    }
}
