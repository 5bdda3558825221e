using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Testing;

namespace Karsa.Interchange.Tests;

/// <summary>The canonical form: field order, defaults left out, flow style for short maps, quoting, numbers, line ends.</summary>
public class WriterFormatTests
{
    [Fact]
    public void The_minimal_plan_is_written_in_canonical_yaml()
    {
        var yaml = PlanWriter.Write(SamplePlans.Minimal(), PlanFormat.Yaml);

        Assert.Equal("""
            karsa: 3
            region:
              code: "33.13"
              name: Karanganyar
              kind: kabupaten
              province: Jawa Tengah
              districts:
                - {code: "33.13.01", name: Jatipuro}
                - {code: "33.13.09", name: Karanganyar}
            title: Masterplan Smart City Kabupaten Karanganyar 2022-2031
            period: {first: 2022, last: 2031}
            agencies:
              - {code: DISKOMINFO, name: Dinas Komunikasi dan Informatika, kind: dinas}
            programmes:
              - code: GOV-01
                name: {id: Mal Pelayanan Publik Digital, en: Digital public service mall}
                dimension: governance
                element: public-service
                kind: application
                lead: DISKOMINFO
                quickWin: true
                duration: 1
                costs:
                  2022: {apbd: 250000000}

            """, yaml);
    }

    [Fact]
    public void Json_has_the_same_structure_indented_by_two_spaces()
    {
        var json = PlanWriter.Write(SamplePlans.Minimal(), PlanFormat.Json);

        Assert.StartsWith("{\n  \"karsa\": 3,\n  \"region\": {\n    \"code\": \"33.13\",", json, StringComparison.Ordinal);
        Assert.Contains("\n      \"costs\": {\n        \"2022\": {\n          \"apbd\": 250000000\n        }", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_that_differ_from_the_defaults_are_written_and_decimals_lose_trailing_zeros()
    {
        var plan = SamplePlans.Minimal() with
        {
            Version = 3,
            State = PlanState.Published,
            Terms = new TermBoundaries(2, 5, 10),
            Criteria = new[] { new Criterion(new CriterionCode("impact"), "Dampak", 1.50m, CriterionSense.Cost) },
        };

        var yaml = PlanWriter.Write(plan, PlanFormat.Yaml);

        Assert.Contains("\nversion: 3\nstate: published\nquickWins: {years: 2}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\ncriteria:\n  items:\n    - {code: impact, name: Dampak, weight: 1.5, sense: cost}\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_criteria_list_is_kept_apart_from_the_default_criteria()
    {
        var plan = SamplePlans.Minimal() with { Criteria = default };

        var yaml = PlanWriter.Write(plan, PlanFormat.Yaml);

        Assert.Contains("\ncriteria:\n  items: []\n", yaml, StringComparison.Ordinal);
        Assert.Empty(Reading.Yaml(yaml).Plan!.Content.Criteria);
    }

    [Theory]
    [InlineData("Karanganyar", "Karanganyar")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("null", "\"null\"")]
    [InlineData("2024", "\"2024\"")]
    [InlineData("1.5", "\"1.5\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("#1 prioritas", "\"#1 prioritas\"")]
    [InlineData(" lead", "\" lead\"")]
    [InlineData("say \"hi\"\t", "\"say \\\"hi\\\"\\t\"")]
    [InlineData("ꦏꦫꦁꦲꦚꦂ 😀", "ꦏꦫꦁꦲꦚꦂ 😀")]
    [InlineData("bell\u0007", "\"bell\\a\"")]
    [InlineData("line\u2028sep", "\"line\\Lsep\"")]
    public void Titles_are_quoted_only_when_yaml_would_misread_them(string title, string written)
    {
        var yaml = PlanWriter.Write(SamplePlans.Minimal() with { Title = new LocalizedText(title) }, PlanFormat.Yaml);

        Assert.Contains("\ntitle: " + written + "\n", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\nb", "|-\n  a\n  b\n")]
    [InlineData("a\nb\n", "|\n  a\n  b\n")]
    [InlineData("a\nb\n\n", "|+\n  a\n  b\n\n")]
    [InlineData("\nfirst line empty", "|-\n\n  first line empty\n")]
    public void Multi_line_text_is_a_literal_block_with_the_right_chomping(string text, string written)
    {
        var yaml = PlanWriter.Write(SamplePlans.Minimal() with { Vision = new LocalizedText(text) }, PlanFormat.Yaml);

        Assert.Contains("\nvision: " + written, yaml, StringComparison.Ordinal);
    }
}
