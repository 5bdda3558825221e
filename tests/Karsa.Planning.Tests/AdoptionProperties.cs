using CsCheck;
using Karsa.Domain.Plans;
using Karsa.Domain.Roadmaps;
using Karsa.Planning.Roadmaps;

namespace Karsa.Planning.Tests;

public class AdoptionProperties
{
    [Fact]
    public void An_adopted_planner_roadmap_keeps_every_plan_rule_and_reads_back_as_the_same_view()
    {
        var adopted = 0;
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            if (RandomPlans.Make(seed) is not { } plan || new RoadmapPlanner(TestPlans.Options()).Plan(plan).Roadmap is not { } roadmap
                || roadmap.Warnings.Count > 0)
            {
                return; // no roadmap, or one that had to relax the quick-win rule
            }

            var withRoadmap = Masterplan.Create(plan.Content with { Roadmap = roadmap.Adopt() });
            var view = RoadmapView.Of(withRoadmap, withRoadmap.Content.Roadmap!);

            Assert.Empty(RoadmapRules.Check(withRoadmap.Content));
            Assert.Equal(roadmap.View.Programmes, view.Programmes);
            Assert.Equal(roadmap.View.Spending, view.Spending);
            Assert.All(roadmap.Programmes, e => Assert.Equal((e.Start, e.End, e.Term, e.QuickWin), (view.Of(e.Code).Start, view.Of(e.Code).End, view.Of(e.Code).Term, view.Of(e.Code).QuickWin)));
            Assert.Equal(PlanState.Published, withRoadmap.Publish().Content.State);
            Interlocked.Increment(ref adopted);
        }, iter: 120, threads: 1);
        Assert.True(adopted > 40, $"only {adopted} roadmaps adopted");
    }
}
