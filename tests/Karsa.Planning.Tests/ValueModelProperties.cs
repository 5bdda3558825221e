using CsCheck;
using Karsa.Domain.Plans;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

public class ValueModelProperties
{
    [Fact]
    public void With_benefit_life_past_the_horizon_the_optimizer_leaves_out_nothing_that_fits_in_unused_budget()
    {
        var checkedPlans = 0;
        var leftOut = 0;
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[5, 20], Gen.Int[0, 10]).Sample((seed, life, rate) =>
        {
            if (RandomPlans.Make(seed) is not { } random)
            {
                return;
            }

            // Every random plan has at most 4 years, so a benefit life of 5 or more runs past its horizon.
            var plan = Masterplan.Create(random.Content with { ValueModel = new ValueModel(life, rate) });
            if (new RoadmapPlanner(TestPlans.Options()).Plan(plan).Roadmap is not { ProvenOptimal: true } roadmap)
            {
                return;
            }

            var problem = ProblemBuilder.Prepare(plan).Problem;
            var starts = roadmap.Programmes.Select(e => e.Start is { } s ? s.Value - problem.FirstYear : (int?)null).ToList();
            for (var i = 0; i < problem.Items.Count; i++)
            {
                if (starts[i] is not null || problem.Items[i].Weight == 0)
                {
                    continue;
                }

                leftOut++;

                // Started in any year where the budget left unused, its predecessors, its alternatives and
                // its agency let it run, it would add value and break no rule: the optimum cannot leave it out.
                foreach (var start in problem.Items[i].Starts)
                {
                    var with = new Schedule([.. starts.Select((s, j) => j == i ? start : s)]);
                    Assert.True(ScheduleCheck.Violations(problem, with, requireQuickWins: roadmap.Warnings.Count == 0).Count > 0,
                        $"seed {seed}, life {life}, rate {rate}: {problem.Items[i].Code} fits unused budget from {problem.YearOf(start)} but is left out");
                }
            }

            Interlocked.Increment(ref checkedPlans);
        }, iter: 120, threads: 1);
        Assert.True(checkedPlans > 40, $"only {checkedPlans} plans checked");
        Assert.True(leftOut > 20, $"only {leftOut} programmes left out: the property was hardly tested");
    }
}
