using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;
using Karsa.Testing;

namespace Karsa.Interchange.Tests;

public class RoadmapSectionTests
{
    private static readonly string Plan = Snippets.Header + """
        programmes:
          - {code: GOV-01, name: Satu, dimension: governance, element: public-service, lead: DISKOMINFO, duration: 1, quickWin: true}
          - {code: GOV-02, name: Dua, dimension: governance, element: bureaucracy, lead: DISKOMINFO, duration: 2}

        """;

    [Fact]
    public void An_adopted_roadmap_is_read_with_its_starts_quick_wins_and_provenance()
    {
        var read = Reading.Yaml(Plan + """
            roadmap:
              scenario: apbd-cut-20
              value: 12.5
              bound: 13
              quickWins: [GOV-01]
              programmes: {GOV-01: 2022, GOV-02: excluded}

            """);

        Assert.True(read.Succeeded, Reading.Describe(read));
        var roadmap = read.Plan!.Content.Roadmap!;
        Assert.Equal([new AdoptedStart(new ProgrammeCode("GOV-01"), new FiscalYear(2022)), new AdoptedStart(new ProgrammeCode("GOV-02"), null)], roadmap.Programmes);
        Assert.Equal([new ProgrammeCode("GOV-01")], roadmap.QuickWins);
        Assert.Equal(("apbd-cut-20", 12.5m, (decimal?)13m), (roadmap.Scenario, roadmap.Value, roadmap.Bound));
    }

    [Theory]
    [InlineData("programmes: {GOV-01: soon, GOV-02: excluded}", "KRS005", 16, 24)]
    [InlineData("programmes: {GOV-01: 1800, GOV-02: excluded}", "KRS012", 16, 24)]
    [InlineData("programmes: {GOV-01: 2022}\n  colour: red", "KRS003", 17, 3)]
    public void A_malformed_roadmap_is_refused_where_it_is_wrong(string line, string code, int row, int column)
    {
        var read = Reading.Yaml(Plan + "roadmap:\n  value: 1\n  " + line + "\n");

        read.AssertAt(code, row, column);
    }

    [Fact]
    public void A_roadmap_that_no_longer_fits_is_a_warning_on_the_draft()
    {
        var read = Reading.Yaml(Plan + "roadmap:\n  value: 1\n  programmes: {GOV-01: 2031}\n");

        Assert.True(read.Succeeded, Reading.Describe(read));
        Assert.Contains(read.Diagnostics, d => d.Code == "KRS071");
        Assert.Contains(read.Diagnostics, d => d.Code == "KRS079");
    }

    [Theory]
    [InlineData(PlanFormat.Yaml)]
    [InlineData(PlanFormat.Json)]
    public void An_adopted_roadmap_survives_export_import_export_byte_identically(PlanFormat format)
    {
        var plan = SamplePlans.Minimal() with
        {
            Roadmap = new AdoptedRoadmap([new AdoptedStart(new ProgrammeCode("GOV-01"), new FiscalYear(2022))], [new ProgrammeCode("GOV-01")], null, 9.75m, 9.75m),
        };

        var first = PlanWriter.Write(plan, format);
        var read = PlanReader.Read(first, format, "plan");

        Assert.True(read.Succeeded, Reading.Describe(read));
        Assert.Equal(plan, read.Plan!.Content);
        Assert.Equal(first, PlanWriter.Write(read.Plan, format));
    }
}
