using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Interchange.Tests;

/// <summary>A programme's sheet fields in the plan file: objective, outputs, outcomes, Renstra reference and service canvas.</summary>
public class ProgrammeSheetFileTests
{
    private const string Programme = """
        indicators:
          - {code: LOC-IKM, name: Indeks kepuasan, unit: indeks, framework: local, direction: higher}
        programmes:
          - code: GOV-01
            name: Layanan
            dimension: governance
            element: public-service
            lead: DISKOMINFO
            duration: 2
            renstra: Renstra Diskominfo 2021-2026 Program 2
            objective: {id: Warga mengurus izin tanpa antre, en: Citizens get permits without queueing}
            outputs:
              - {statement: Aplikasi beroperasi, unit: aplikasi, targets: {2023: 1, 2022: 0.5}}
            outcomes:
              - statement: Warga puas
                indicator: LOC-IKM
                targets: {2026: 86}
              - {statement: Izin daring}
            canvas:
              problem: Antre berjam-jam
              success: 75 % izin daring

        """;

    [Fact]
    public void Sheet_fields_are_read_into_the_programme()
    {
        var result = Reading.Yaml(Snippets.Header + Programme);

        Assert.True(result.Succeeded, Reading.Describe(result));
        var programme = result.Plan!.Content.Programmes[0];
        Assert.Equal("Renstra Diskominfo 2021-2026 Program 2", programme.RenstraReference);
        Assert.Equal("Citizens get permits without queueing", programme.Objective!.In(Language.English));
        Assert.Equal([(2022, 0.5m), (2023, 1m)], programme.Outputs[0].Targets.Select(t => (t.Year.Value, t.Value)));
        Assert.Equal("aplikasi", programme.Outputs[0].Unit);
        Assert.Equal(new IndicatorCode("LOC-IKM"), programme.Outcomes[0].Indicator);
        Assert.Empty(programme.Outcomes[1].Targets);
        Assert.Equal(new ServiceCanvas(Problem: "Antre berjam-jam", SuccessMeasure: "75 % izin daring"), programme.ServiceCanvas);
    }

    [Fact]
    public void Sheet_fields_survive_writing_and_reading_in_both_formats()
    {
        var plan = Reading.Yaml(Snippets.Header + Programme).Plan!.Content;

        foreach (var format in new[] { PlanFormat.Yaml, PlanFormat.Json })
        {
            var text = PlanWriter.Write(plan, format);
            Assert.Equal(plan, PlanReader.Read(text, format, "again").Plan?.Content);
            Assert.Equal(text, PlanWriter.Write(PlanReader.Read(text, format, "again").Plan!.Content, format));
        }
    }

    [Fact]
    public void An_empty_canvas_reads_as_none_and_is_not_written()
    {
        var result = Reading.Yaml(Snippets.Header + Programme.Replace("""
                canvas:
                  problem: Antre berjam-jam
                  success: 75 % izin daring
            """, "    canvas: {}\n", StringComparison.Ordinal));

        Assert.True(result.Succeeded, Reading.Describe(result));
        Assert.Null(result.Plan!.Content.Programmes[0].ServiceCanvas);
        Assert.DoesNotContain("canvas", PlanWriter.Write(result.Plan.Content, PlanFormat.Yaml), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_canvas_field_is_reported_where_it_is_written()
    {
        var result = Reading.Yaml(Snippets.Header + Programme.Replace("      success:", "      sukses:", StringComparison.Ordinal));

        result.AssertAt("KRS003", 31, 7);
    }

    [Fact]
    public void Every_programme_of_the_published_sample_has_a_full_sheet_and_every_quick_win_candidate_a_canvas()
    {
        var result = PlanReader.ReadFile(Reading.PublishedSamplePath());
        Assert.True(result.Succeeded, Reading.Describe(result));

        var programmes = result.Plan!.Content.Programmes;
        Assert.All(programmes, p =>
        {
            Assert.NotNull(p.Objective);
            Assert.NotNull(p.RenstraReference);
            Assert.NotNull(p.PlanningReference);
            Assert.NotEmpty(p.Outputs);
            Assert.NotEmpty(p.Outcomes);
            Assert.All(p.Outputs.Concat(p.Outcomes), r => Assert.NotEmpty(r.Targets));
        });
        Assert.All(programmes.Where(p => p.QuickWinCandidate), p => Assert.NotNull(p.ServiceCanvas));
    }
}
