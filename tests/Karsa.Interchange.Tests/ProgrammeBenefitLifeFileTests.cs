namespace Karsa.Interchange.Tests;

/// <summary>A programme's own <c>benefitLifeYears</c> in the plan file.</summary>
public class ProgrammeBenefitLifeFileTests
{
    private const string Programmes = """
        programmes:
          - {code: GOV-01, name: Pusat data, dimension: governance, element: public-service, lead: DISKOMINFO, duration: 2, benefitLifeYears: 15}
          - {code: GOV-02, name: Aplikasi, dimension: governance, element: public-service, lead: DISKOMINFO, duration: 1}

        """;

    [Fact]
    public void A_programmes_benefit_life_is_read_and_absent_means_the_plans()
    {
        var result = Reading.Yaml(Snippets.Header + Programmes);

        Assert.True(result.Succeeded, Reading.Describe(result));
        Assert.Equal([15, null], result.Plan!.Content.Programmes.Select(p => p.BenefitLifeYears));
    }

    [Fact]
    public void A_programmes_benefit_life_survives_writing_and_reading_in_both_formats()
    {
        var plan = Reading.Yaml(Snippets.Header + Programmes).Plan!.Content;

        foreach (var format in new[] { PlanFormat.Yaml, PlanFormat.Json })
        {
            var text = PlanWriter.Write(plan, format);
            Assert.Contains("benefitLifeYears", text, StringComparison.Ordinal);
            Assert.Equal(plan, PlanReader.Read(text, format, "again").Plan?.Content);
        }
    }
}
