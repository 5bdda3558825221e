using Karsa.Domain.Primitives;
using Karsa.Planning.Roadmaps;

namespace Karsa.Planning.Tests;

public class UnusedBudgetTests
{
    [Fact]
    public void Unused_ceilings_name_the_programmes_still_out_and_what_keeps_them_out()
    {
        // P-01 takes 2 of the 3 bn of 2025. P-02 needs 1 bn then 2 bn: 2025 has room, but the ceiling drops to
        // 1 bn in 2026, so P-02 stays out and 1 bn of 2025 and all of 2026 are left.
        var plan = TestPlans.Plan([TestPlans.Programme("P-01", 5, [2]), TestPlans.Programme("P-02", 3, [1, 2])], [3, 1], years: 2);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        Assert.Null(roadmap.Entry(new("P-02")).Start);
        Assert.Equal(
            [
                (2025, TestPlans.Billion, "P-02 do not fit because the APBD ceiling drops in 2026"),
                (2026, TestPlans.Billion, "P-02 need more than the APBD ceiling, which drops from 2026"),
            ],
            roadmap.Unused.Select(u => (u.Year.Value, u.Unused.Value, u.Reason.In(Language.English))));
        Assert.Equal("P-02 tidak muat karena pagu APBD turun pada 2026", roadmap.Unused[0].Reason.In(Language.Indonesian));
    }

    [Fact]
    public void A_ceiling_left_because_every_programme_on_it_is_in_says_so()
    {
        var plan = TestPlans.Plan([TestPlans.Programme("P-01", 5, [1]), TestPlans.Programme("P-02", 3, [1], earliest: 2026)], [3, 3], years: 2);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        Assert.Equal(2, roadmap.Unused.Count);
        Assert.All(roadmap.Unused, u => Assert.Equal("every programme that draws on APBD is in the roadmap", u.Reason.In(Language.English)));
    }
}
