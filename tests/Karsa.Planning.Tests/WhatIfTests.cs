using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Roadmaps;

namespace Karsa.Planning.Tests;

/// <summary>"What it would take" answers: on request only, and under the rules the roadmap keeps.</summary>
public class WhatIfTests
{
    /// <summary>
    /// Two plan years, APBD 3 bn each. Q is the only quick-win candidate of Smart Governance (score 0,25);
    /// A (score 1) and B (score 0,5) compete with it for 2025.
    /// </summary>
    private static Karsa.Domain.Plans.Masterplan QuickWinPlan(long quickWinCost, bool withB) => TestPlans.Plan(
        [
            TestPlans.Programme("Q", 2, [quickWinCost], quickWin: true),
            TestPlans.Programme("A", 5, [2]),
            .. withB ? [TestPlans.Programme("B", 3, [1])] : Array.Empty<Programme>(),
        ],
        [3, 3], years: 2);

    private static string? English(Roadmap roadmap, string code) => roadmap.Entry(new ProgrammeCode(code)).WhatItTakes?.In(Language.English);

    [Fact]
    public void A_what_if_keeps_the_quick_win_the_roadmap_keeps()
    {
        // Ten years of benefit at 5 % (docs/plan-file.md): a run ending in 2025 is worth 7,723 benefit-years,
        // one ending in 2026 7,356. The roadmap starts Q (score 0,25) and A (1) in 2025 and B (0,5) in 2026
        // (value 13,33175). Dropping the quick-win rule, B could join A in 2025 with Q moved to 2026, which
        // the roadmap's rule forbids: keeping it, bringing B in means moving A instead (13,14825, -1,4%).
        var roadmap = new RoadmapPlanner(TestPlans.WithWhatIfs()).Plan(QuickWinPlan(1, withB: true)).Value;

        Assert.True(roadmap.ProvenOptimal);
        Assert.True(roadmap.Entry(new ProgrammeCode("Q")).QuickWin);
        Assert.Equal(2026, roadmap.Entry(new ProgrammeCode("B")).Start!.Value.Value);
        Assert.Equal("starting it in 2025 means moving A to 2026, value -1,4%", English(roadmap, "B"));
    }

    [Fact]
    public void A_what_if_possible_only_without_the_quick_win_rule_says_so()
    {
        // Q and A cannot both start in 2025: A can only start then if Smart Governance gives up its quick win,
        // which is worth 7,723 + 0,25 x 7,356 against 0,25 x 7,723 + 7,356 benefit-years (+3,0%).
        var roadmap = new RoadmapPlanner(TestPlans.WithWhatIfs()).Plan(QuickWinPlan(2, withB: false)).Value;

        Assert.True(roadmap.ProvenOptimal);
        Assert.Equal(
            "starting it in 2025 is only possible by giving up the quick-win rule (Smart Governance without a quick win) and means moving Q to 2026, value +3,0%",
            English(roadmap, "A"));
        Assert.StartsWith(
            "memulainya pada 2025 hanya mungkin dengan melepas aturan quick win (Smart Governance tanpa quick win) dan berarti memindahkan Q ke 2026",
            roadmap.Entry(new ProgrammeCode("A")).WhatItTakes!.In(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void No_what_if_is_worked_out_unless_asked_for()
    {
        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(QuickWinPlan(1, withB: true)).Value;

        Assert.All(roadmap.Programmes, p => Assert.Null(p.WhatItTakes));
        Assert.NotEmpty(roadmap.Entry(new ProgrammeCode("B")).Reasons);
    }

    [Fact]
    public void What_ifs_asked_for_given_programmes_are_worked_out_for_those_only()
    {
        // P-02 and P-03 are both left out of the single plan year; only P-03's what-if is asked for.
        var plan = TestPlans.Plan(
            [TestPlans.Programme("P-01", 5, [2]), TestPlans.Programme("P-02", 3, [2]), TestPlans.Programme("P-03", 2, [2])], [3], years: 1);
        var options = TestPlans.Options() with { WhatIfs = WhatIfSelection.For([new ProgrammeCode("P-03"), new ProgrammeCode("P-99")]) };

        var roadmap = new RoadmapPlanner(options).Plan(plan).Value;

        Assert.Equal(["P-03"], roadmap.Programmes.Where(p => p.WhatItTakes is not null).Select(p => p.Code.Value));
        Assert.Contains(roadmap.Warnings, w => w.In(Language.English) == "the plan has no programme P-99; no what-if was worked out for it");
    }

    [Fact]
    public void A_time_limit_the_solve_uses_up_leaves_the_what_ifs_out_and_says_so()
    {
        // One millisecond for everything: the solve alone takes longer, so no what-if gets time.
        var plan = TestPlans.Plan(
            [TestPlans.Programme("P-01", 5, [2]), TestPlans.Programme("P-02", 3, [2]), TestPlans.Programme("P-03", 2, [2])], [3], years: 1);
        var options = TestPlans.WithWhatIfs() with { TimeLimit = TimeSpan.FromMilliseconds(1) };

        var roadmap = new RoadmapPlanner(options).Plan(plan).Value;

        Assert.All(roadmap.Programmes, p => Assert.Null(p.WhatItTakes));
        Assert.Contains(roadmap.Warnings, w => w.In(Language.English).StartsWith("the time limit ran out before working out what it would take to bring in P-02 and P-03", StringComparison.Ordinal));
    }
}
