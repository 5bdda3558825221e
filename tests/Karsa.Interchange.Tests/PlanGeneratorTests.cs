using CsCheck;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Testing;

namespace Karsa.Interchange.Tests;

/// <summary>The shared generator makes valid, deterministic plans that together use every option of the model.</summary>
public class PlanGeneratorTests
{
    [Fact]
    public void Every_generated_plan_is_a_valid_masterplan() =>
        PlanGenerators.Plan.Sample(plan => Assert.DoesNotContain(MasterplanRules.Check(plan), d => d.Severity == Severity.Error), iter: 300, threads: 1);

    [Fact]
    public void The_same_seed_gives_the_same_plan_and_other_seeds_differ()
    {
        Assert.Equal(PlanGenerators.FromSeed(12345, 6), PlanGenerators.FromSeed(12345, 6));
        Assert.NotEqual(PlanGenerators.FromSeed(12345, 6), PlanGenerators.FromSeed(12346, 6));
    }

    [Fact]
    public void Across_seeds_every_option_of_the_model_is_used()
    {
        var plans = Enumerable.Range(0, 200).Select(seed => PlanGenerators.FromSeed((ulong)seed, PlanGenerators.MaxSize)).ToList();
        var programmes = plans.SelectMany(p => p.Programmes).ToList();
        var covered = new Dictionary<string, bool>
        {
            ["own elements"] = plans.Any(p => p.OwnElements.Count > 0),
            ["readiness"] = plans.Any(p => p.Readiness.Any(r => r.Pillars.Count == 3 && r.Narrative is not null)),
            ["custom readiness scale"] = plans.Any(p => p.ReadinessScale != Domain.Readiness.ScoreScale.OneToFive),
            ["swot with dimension"] = plans.Any(p => p.Swot.Any(s => s.Dimension is not null)),
            ["strategies"] = plans.Any(p => p.Strategies.Count > 0),
            ["agency capacity"] = plans.Any(p => p.Agencies.Any(a => a.Capacity is not null)),
            ["custom criteria"] = plans.Any(p => p.Criteria.Any(c => c.Sense == CriterionSense.Cost && c.Code.Value != "risk")),
            ["empty criteria"] = plans.Any(p => p.Criteria.Count == 0),
            ["costs"] = programmes.Any(p => p.Costs.Count > 1),
            ["dependency with lag"] = programmes.Any(p => p.DependsOn.Any(d => d.LagYears > 0)),
            ["start window"] = programmes.Any(p => p.EarliestStart is not null && p.LatestStart is not null),
            ["mandatory"] = programmes.Any(p => p.Mandatory),
            ["alternatives"] = programmes.Any(p => p.AlternativesGroup is not null),
            ["scores"] = programmes.Any(p => p.Scores.Count > 0),
            ["indicators"] = programmes.Any(p => p.Indicators.Count > 0),
            ["districts"] = programmes.Any(p => p.Districts.Count > 0),
            ["ceilings"] = plans.Any(p => p.Ceilings.Count > 0),
            ["targets"] = plans.Any(p => p.Targets.Count > 0),
            ["scenarios"] = plans.Any(p => p.Scenarios.Any(s => s.ScaleCeilings.Count > 0 && s.SetCeilings.Count > 0 && s.Weights.Count > 0 && s.ForceIn.Count > 0)),
            ["narratives"] = plans.Any(p => p.Narratives.Count > 0),
            ["published"] = plans.Any(p => p.State == PlanState.Published && p.Version > 1),
            ["terms"] = plans.Any(p => p.Terms != TermBoundaries.Default),
            ["javanese script"] = plans.Any(p => p.Title.Indonesian.Contains('ꦏ', StringComparison.Ordinal)),
            ["newlines"] = plans.Any(p => p.Title.Indonesian.Contains('\n', StringComparison.Ordinal)),
        };

        Assert.Empty(covered.Where(c => !c.Value).Select(c => c.Key));
    }
}
