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

    [Fact]
    public void A_ceiling_a_programme_cannot_reach_because_it_must_end_in_the_plan_says_so()
    {
        // P-02 spends 2 bn in its first year only and lasts two years: 2025 and 2026 have 1 bn, and it may not
        // start in 2027, the plan's last year, so its APBD never falls in 2027.
        var plan = TestPlans.Plan([TestPlans.Programme("P-01", 5, [1]), TestPlans.Programme("P-02", 3, [2, 0])], [1, 1, 3], years: 3);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        Assert.Null(roadmap.Entry(new("P-02")).Start);
        var last = roadmap.Unused.Single(u => u.Year.Value == 2027);
        Assert.Equal("P-02 must end by 2027, so their APBD costs fall before 2027", last.Reason.In(Language.English));
        Assert.Equal("P-02 harus selesai paling lambat 2027, sehingga biaya APBD-nya jatuh sebelum 2027", last.Reason.In(Language.Indonesian));
    }

    [Fact]
    public void An_alternative_of_a_chosen_programme_is_named_as_such_even_where_money_is_left()
    {
        var plan = TestPlans.Plan([TestPlans.Programme("P-01", 5, [1], group: "g"), TestPlans.Programme("P-02", 3, [1], group: "g")], [3], years: 1);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        Assert.Equal(2025, roadmap.Entry(new("P-01")).Start?.Value);
        Assert.Equal("P-02 is an alternative to P-01, which was chosen", Assert.Single(roadmap.Unused).Reason.In(Language.English));
        Assert.Equal("P-02 alternatif dari P-01 yang sudah dipilih", roadmap.Unused[0].Reason.In(Language.Indonesian));
    }
}
