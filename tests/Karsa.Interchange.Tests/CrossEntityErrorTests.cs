namespace Karsa.Interchange.Tests;

/// <summary>Problems found across entities by MasterplanRules, mapped back to file positions by their model path.</summary>
public class CrossEntityErrorTests
{
    private const string Plan = Snippets.Header + """
        programmes:
          - code: GOV-01
            name: Satu
            dimension: governance
            element: public-service
            lead: DISKOMINFO
            duration: 2
            dependsOn: [GOV-02]
          - code: GOV-02
            name: Dua
            dimension: governance
            element: public-service
            lead: DISKOMINFO
            duration: 2
            dependsOn: [GOV-01]
            costs:
              2030: {apbd: 1000}
          - code: GOV-01
            name: Tiga
            dimension: governance
            element: bureaucracy
            lead: DISKOMINFO
            duration: 1
        budget:
          2040: {apbd: 5}
        targets:
          IND-1: {2026: 3}
        scenarios:
          - name: cut
            forceIn: [GOV-01, GOV-09]
        """;

    [Fact]
    public void Duplicate_code_cycle_and_cost_year_are_all_reported_at_their_lines_and_columns()
    {
        var result = Reading.Yaml(Plan);

        Assert.False(result.Succeeded);
        result.AssertAt("KRS030", 28, 11);  // the second GOV-01's code value
        result.AssertAt("KRS032", 18, 17);  // GOV-01 -> GOV-02 -> GOV-01, at GOV-01's dependsOn item
        result.AssertAt("KRS033", 27, 7);   // cost year 2030 outside the run 2022-2023, at the year key
    }

    [Fact]
    public void Budget_target_and_scenario_references_are_placed_at_their_keys_and_items()
    {
        var result = Reading.Yaml(Plan);

        result.AssertAt("KRS050", 35, 3);   // budget.2040 outside the period
        result.AssertAt("KRS053", 37, 3);   // targets.IND-1: no such indicator
        result.AssertAt("KRS046", 40, 23);  // scenarios[0].forceIn[1]: no programme GOV-09
    }

    [Fact]
    public void Every_diagnostic_from_a_file_carries_the_file_name_and_a_position()
    {
        var result = Reading.Yaml(Plan);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal("plan.yaml", d.Location?.File));
        Assert.Contains(result.Diagnostics, d => d.Severity == Domain.Diagnostics.Severity.Warning);
    }
}
