using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Testing;

namespace Karsa.Interchange.Tests;

public sealed class StoredReadTests
{
    // The minimal plan's cost in 2022 lies outside a 2023-2031 period: KRS034, an error for new input.
    private static readonly string BreaksARule = PlanWriter.Write(
        SamplePlans.Minimal() with { Period = new PlanPeriod(new FiscalYear(2023), new FiscalYear(2031)) }, PlanFormat.Json);

    [Fact]
    public void New_input_that_breaks_a_rule_is_refused()
    {
        var result = PlanReader.Read(BreaksARule, PlanFormat.Json, "new.json");

        Assert.Null(result.Plan);
        Assert.Contains(result.Errors, e => e.Code == "KRS034");
    }

    [Fact]
    public void Stored_content_that_breaks_a_rule_is_restored_with_the_problem_as_a_warning_at_its_place()
    {
        var result = PlanReader.Read(BreaksARule, PlanFormat.Json, "db:33.13/v1", PlanReadOptions.Stored);

        Assert.NotNull(result.Plan);
        Assert.Empty(result.Errors);
        var kept = Assert.Single(result.Diagnostics, d => d.Code == "KRS034");
        Assert.Equal(Severity.Warning, kept.Severity);
        Assert.Equal("db:33.13/v1", kept.Location!.File);
        Assert.True(kept.Location.Line > 1);
        Assert.Equal(BreaksARule, PlanWriter.Write(result.Plan, PlanFormat.Json));
    }

    [Fact]
    public void Stored_content_with_a_broken_file_is_still_refused()
    {
        var result = PlanReader.Read(BreaksARule.Replace("\"karsa\": 3", "\"karsa\": 3, \"typo\": 1", StringComparison.Ordinal), PlanFormat.Json, "db", PlanReadOptions.Stored);

        Assert.Null(result.Plan);
        Assert.Contains(result.Errors, e => e.Code == "KRS003");
    }
}
