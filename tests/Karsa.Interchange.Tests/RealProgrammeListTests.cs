using Karsa.Domain.Diagnostics;
using Karsa.Domain.Programmes;

namespace Karsa.Interchange.Tests;

/// <summary>
/// A plan made only of a regency's programme list (names, agencies, dimensions, services under way; no
/// costs, scores or durations) reads without errors and keeps what it does not know unknown.
/// </summary>
public class RealProgrammeListTests
{
    private static string Yaml => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plans", "real-programme-list.yaml"));

    [Fact]
    public void It_reads_without_errors_and_only_asks_for_cost_estimates()
    {
        var result = Reading.Yaml(Yaml);

        Assert.True(result.Succeeded, Reading.Describe(result));
        var newOnes = result.Plan!.Programmes.Where(p => !p.IsUnderWay).Select(p => p.Code.Value).ToList();
        var estimates = result.Diagnostics.Where(d => d.Code == "KRS144").Select(d => d.Path).ToList();
        Assert.Equal(newOnes.Count, estimates.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(result.Plan.Programmes, p => p.Status == DeliveryStatus.Existing);
        Assert.Contains(result.Plan.Programmes, p => p.Status == DeliveryStatus.Running);
    }

    [Fact]
    public void Writing_it_invents_no_duration_and_no_cost()
    {
        var plan = Reading.Yaml(Yaml).Plan!;

        var written = PlanWriter.Write(plan, PlanFormat.Yaml);
        var again = Reading.Yaml(written).Plan!;

        Assert.DoesNotContain("duration:", written, StringComparison.Ordinal);
        Assert.DoesNotContain("costs:", written, StringComparison.Ordinal);
        Assert.All(again.Programmes, p => Assert.True(p.DurationYears is null && !p.CostKnown && p.Costs.Count == 0, p.Code.Value));
        Assert.Equal(plan.Content, again.Content);
        Assert.Equal(written, PlanWriter.Write(again, PlanFormat.Yaml));
    }
}
