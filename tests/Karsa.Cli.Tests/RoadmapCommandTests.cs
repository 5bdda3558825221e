using System.Text.Json;
using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;
using Karsa.Interchange;

namespace Karsa.Cli.Tests;

/// <summary>
/// Checks <c>karsa roadmap</c>'s JSON against the plan itself, recomputing everything from the plan
/// file without any of the planner's code: ceilings, dependencies, windows, mandatory programmes,
/// alternatives and quick wins.
/// </summary>
public sealed class RoadmapCommandTests
{
    [Fact]
    public async Task The_sample_roadmap_respects_every_rule_of_the_plan()
    {
        var plan = PlanReader.ReadFile(CliRunner.SamplePlan).Plan!;
        var (exit, output, error) = await CliRunner.RunAsync("roadmap", CliRunner.SamplePlan, "--format", "json", "--time-limit", "10");
        Assert.True(exit == ExitCodes.Ok, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var rows = root.GetProperty("programmes").EnumerateArray().ToDictionary(p => p.GetProperty("code").GetString()!);
        var first = plan.Period.First.Value;
        int? StartOf(string code) => rows[code].GetProperty("status").GetString() == "scheduled" ? rows[code].GetProperty("startYear").GetInt32() : null;

        Assert.Equal(plan.Programmes.Count, rows.Count);
        Assert.True(root.GetProperty("objective").GetDouble() > 0);
        Assert.True(root.GetProperty("bound").GetDouble() >= root.GetProperty("objective").GetDouble() - 1e-6);
        var spent = new Dictionary<(int Year, FundingSource Source), long>();
        foreach (var programme in plan.Programmes)
        {
            var code = programme.Code.Value;
            var start = StartOf(code);
            if (programme.Mandatory)
            {
                Assert.True(start is not null, $"mandatory {code} is not scheduled");
            }

            if (programme.IsUnderWay)
            {
                // A service under way is kept where it is: from the year it started (the plan's first year at the earliest), never a quick win.
                Assert.Equal(Math.Max((programme.StartedIn ?? plan.Period.First).Value, first), start);
                Assert.False(rows[code].GetProperty("quickWin").GetBoolean());
                continue;
            }

            if (start is not { } s)
            {
                Assert.False(rows[code].GetProperty("quickWin").GetBoolean());
                continue;
            }

            var earliest = (programme.EarliestStart ?? plan.Period.First).Value;
            Assert.InRange(s, earliest, (programme.LatestStart ?? plan.Period.Last).Value);
            Assert.Equal(s + programme.DurationYears - 1, rows[code].GetProperty("endYear").GetInt32());
            Assert.True(s + programme.DurationYears - 1 <= plan.Period.Last.Value, $"{code} runs past the plan");
            foreach (var dependency in programme.DependsOn)
            {
                var before = plan.Programme(dependency.Programme);
                var predecessorStart = StartOf(dependency.Programme.Value);
                Assert.True(predecessorStart is not null, $"{code} runs without {dependency.Programme}");
                Assert.True(s >= predecessorStart + before.DurationYears + dependency.LagYears, $"{code} starts before {dependency.Programme} is done");
            }

            if (rows[code].GetProperty("quickWin").GetBoolean())
            {
                Assert.True(programme.QuickWinCandidate, $"{code} is a quick win but not a candidate");
                Assert.Equal(first, s);
            }

            foreach (var cost in programme.Costs)
            {
                var key = (cost.Year.Value + s - earliest, cost.Source);
                spent[key] = spent.GetValueOrDefault(key) + cost.Amount.Value;
            }
        }

        foreach (var ceiling in plan.Content.Ceilings)
        {
            Assert.True(spent.GetValueOrDefault((ceiling.Year.Value, ceiling.Source)) <= ceiling.Amount.Value, $"{ceiling.Source} {ceiling.Year} is over its ceiling");
        }

        foreach (var group in plan.Programmes.Where(p => p.AlternativesGroup is not null).GroupBy(p => p.AlternativesGroup))
        {
            Assert.True(group.Count(p => StartOf(p.Code.Value) is not null) <= 1, $"more than one of alternatives group {group.Key}");
        }

        foreach (var line in root.GetProperty("spend").EnumerateArray())
        {
            Assert.True(FundingSourceCatalog.Defaults.TryFind(line.GetProperty("source").GetString(), out var source));
            Assert.Equal(spent.GetValueOrDefault((line.GetProperty("year").GetInt32(), source)), line.GetProperty("amount").GetInt64());
        }

        var quickWinDimensions = plan.Programmes.Where(p => rows[p.Code.Value].GetProperty("quickWin").GetBoolean()).Select(p => p.Dimension).Distinct().Count();
        Assert.True(quickWinDimensions >= 1, "no quick win at all");
    }

    [Fact]
    public async Task A_twenty_percent_APBD_cut_prints_a_readable_difference_from_the_baseline()
    {
        var (exit, output, error) = await CliRunner.RunAsync("roadmap", CliRunner.SamplePlan, "--scenario", "apbd-cut-20", "--time-limit", "5", "--lang", "en");

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("Scenario 'apbd-cut-20' against the baseline:", output, StringComparison.Ordinal);
        Assert.Matches(@"Value: [\d.,]+ -> [\d.,]+ \(-", output);
        Assert.Matches(@"(Dropped|Moved): [A-Z]{3}-\d\d", output);
        Assert.Matches(@"Spending APBD: Rp [\d.]+ -> Rp [\d.]+ \(-Rp [\d.]+\)", output);
    }

    [Fact]
    public async Task An_unknown_scenario_is_named_with_the_ones_that_exist()
    {
        var (exit, _, error) = await CliRunner.RunAsync("roadmap", CliRunner.SamplePlan, "--scenario", "no-such", "--lang", "en");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("apbd-cut-20", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mkp_benchmark_prints_one_checked_csv_line_per_instance()
    {
        using var folder = new TempFolder();
        var file = folder.File("tiny.txt");
        await File.WriteAllTextAsync(file, "2\n3 2 0\n10 7 4\n3 4 2\n2 3 5\n6 7\n2 1 0\n5 6\n1 2\n2\n");

        var (exit, output, error) = await CliRunner.RunAsync("bench", "mkp", file, "--time-limit", "2");

        Assert.True(exit == ExitCodes.Ok, error);
        var lines = output.Trim().Split('\n');
        Assert.Equal("instance,value,bound,seconds", lines[0]);
        // Instance 0: {0,1} breaks the first row (3+4 > 6) and {1,2} the second (3+5 > 7), so {0,2} is best.
        Assert.StartsWith("0,14,14,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("1,6,6,", lines[2], StringComparison.Ordinal);
    }
}
