using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Explanations;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

public class PlannerTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static string English(RoadmapEntry entry) => string.Join(" | ", entry.ReasonsIn(Language.English));

    [Fact]
    public void Full_budget_year_is_named_with_the_amounts()
    {
        // P-01 (best) takes 2025; P-02 also wants 2025 but the 3 bn ceiling leaves 1 bn.
        var plan = TestPlans.Plan(
            [TestPlans.Programme("P-01", 5, [2]), TestPlans.Programme("P-02", 4, [2])], [3, 3, 3]);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        var late = roadmap.Entry(new ProgrammeCode("P-02"));
        Assert.Equal(2026, late.Start!.Value.Value);
        Assert.Equal("APBD 2025 is full; Rp 1 M short to start in 2025", English(late));
        Assert.Equal("APBD 2025 penuh; kurang Rp 1 M untuk mulai 2025", string.Join(" | ", late.ReasonsIn(Language.Indonesian)));
        var detail = Assert.Single(late.ReasonDetail);
        Assert.Equal(2025, detail.StartYear);
        Assert.Equal("APBD 2025 falls short: Rp 1.000.000.000 left of its Rp 3.000.000.000 ceiling, this programme needs Rp 2.000.000.000", detail.Reason.In(Language.English));
        Assert.Empty(roadmap.Entry(new ProgrammeCode("P-01")).Reasons);
    }

    [Fact]
    public void Reasons_over_several_years_and_sources_are_one_sentence_with_year_ranges_and_the_smallest_shortfall()
    {
        // P-01 (best) fills 2025-2027 with 3 bn of the 4 bn ceiling; P-02 needs 2 bn a year for two years and
        // fits only from 2028. Starting in 2025, 2026 or 2027 it is 1 bn short in each of its two years.
        var plan = TestPlans.Plan(
            [TestPlans.Programme("P-01", 5, [3, 3, 3]), TestPlans.Programme("P-02", 2, [2, 2])], [4, 4, 4, 4, 4]);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        var late = roadmap.Entry(new ProgrammeCode("P-02"));
        Assert.Equal(2028, late.Start!.Value.Value);
        Assert.Equal("APBD 2025-2027 penuh; kurang Rp 1 M untuk mulai 2027", Assert.Single(late.ReasonsIn(Language.Indonesian)));
        Assert.Equal([2025, 2025, 2026, 2026, 2027], late.ReasonDetail.Select(d => d.StartYear));
    }

    [Fact]
    public void Waiting_for_a_predecessor_is_explained_with_its_end_year()
    {
        var plan = TestPlans.Plan(
            [TestPlans.Programme("P-01", 3, [1, 1]), TestPlans.Programme("P-02", 5, [1], dependsOn: [new Dependency(new ProgrammeCode("P-01"))])], [9, 9, 9, 9]);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        var successor = roadmap.Entry(new ProgrammeCode("P-02"));
        Assert.Equal(2027, successor.Start!.Value.Value);
        Assert.Contains("waits for P-01 which ends in 2026", English(successor), StringComparison.Ordinal);
    }

    [Fact]
    public void What_it_would_take_names_the_programme_dropped_and_the_value_change()
    {
        // Only one of the two fits in the single plan year; bringing the weaker one in drops the other.
        var plan = TestPlans.Plan([TestPlans.Programme("P-01", 5, [2]), TestPlans.Programme("P-02", 3, [2])], [3], years: 1);

        var roadmap = new RoadmapPlanner(TestPlans.WithWhatIfs()).Plan(plan).Value;

        var excluded = roadmap.Entry(new ProgrammeCode("P-02"));
        Assert.Equal(ProgrammeStatus.Excluded, excluded.Status);
        Assert.Equal("starting it in 2025 means dropping P-01, value -50,0%", excluded.WhatItTakes!.In(Language.English));
    }

    [Fact]
    public void What_it_would_take_says_when_its_re_solve_was_not_proven_optimal()
    {
        // 60 generated programmes leave a gap of a few per cent that a re-solve of a quarter of a
        // deterministic second cannot close: it must say so. Deterministic limits (the wall clock only a
        // safety net) make this independent of the machine's load.
        var problem = ProblemBuilder.Prepare(SyntheticPlans.Generate(60, 2)).Problem;
        var roadmap = CpSatSolver.Solve(problem, Deterministic(1));
        var late = Enumerable.Range(0, problem.Items.Count)
            .Where(i => roadmap.Schedule!.Starts[i] is not { } s || s > problem.Items[i].EarliestStart)
            .OrderByDescending(i => problem.Items[i].Weight).Take(5);

        var takes = late.Select(i => WhatItTakes.Describe(problem, roadmap.Schedule!, i, Deterministic(0.3), roadmap.Status == SolveStatus.Optimal, quickWinsKept: true, CancellationToken.None))
            .OfType<LocalizedText>().ToList();

        Assert.NotEmpty(takes);
        Assert.All(takes, text =>
        {
            Assert.EndsWith("(best found within the time limit, not proven optimal)", text.In(Language.English), StringComparison.Ordinal);
            Assert.EndsWith("(terbaik yang ditemukan dalam batas waktu, belum terbukti optimal)", text.In(Language.Indonesian), StringComparison.Ordinal);
        });

        static SolverSettings Deterministic(double seconds) =>
            new() { TimeLimit = TimeSpan.FromSeconds(120), DeterministicTimeLimit = TimeSpan.FromSeconds(seconds), Workers = 2, Seed = 7 };
    }

    [Fact]
    public void Bringing_in_one_of_two_equal_programmes_earlier_only_swaps_them_at_the_same_value()
    {
        // P-02 and P-03 are alike and only one fits in 2025 next to P-01: the later one's what-if is a swap.
        var plan = TestPlans.Plan(
            [TestPlans.Programme("P-01", 5, [1]), TestPlans.Programme("P-02", 3, [1]), TestPlans.Programme("P-03", 3, [1])], [2, 2], years: 2);

        var roadmap = new RoadmapPlanner(TestPlans.WithWhatIfs()).Plan(plan).Value;

        var later = roadmap.Programmes.Single(p => p.Start?.Value == 2026);
        var other = later.Programme.Code.Value == "P-02" ? "P-03" : "P-02";
        Assert.Equal($"starting it in 2025 means moving {other} to 2026, same value", later.WhatItTakes!.In(Language.English));
    }

    [Fact]
    public void Each_what_it_would_take_re_solve_is_reported_as_it_starts()
    {
        // P-02 and P-03 are both left out of the single plan year; each gets a re-solve.
        var plan = TestPlans.Plan(
            [TestPlans.Programme("P-01", 5, [2]), TestPlans.Programme("P-02", 3, [2]), TestPlans.Programme("P-03", 2, [2])], [3], years: 1);
        var reports = new List<WhatIfProgress>();
        var options = TestPlans.WithWhatIfs() with { WhatIfProgress = new Recorder<WhatIfProgress>(reports.Add) };

        var roadmap = new RoadmapPlanner(options).Plan(plan).Value;

        var explained = roadmap.Programmes.Where(p => p.WhatItTakes is not null).Select(p => p.Programme.Code.Value).Order().ToList();
        Assert.Equal(["P-02", "P-03"], explained);
        Assert.Equal(explained, reports.Select(r => r.Code).Order().ToList());
        Assert.Equal([0, 1], reports.Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(2, r.Total));
    }

    [Fact]
    public void A_quick_win_candidate_waiting_for_a_predecessor_does_not_cost_other_dimensions_their_quick_wins()
    {
        // P-02 (Governance) cannot start in 2025: P-01 must finish first, so it is no quick-win candidate
        // that fits year 1. Economy still needs its quick win P-03 in 2025, although starting the
        // stronger P-04 there instead would be worth more.
        var plan = TestPlans.Plan(
            [
                TestPlans.Programme("P-01", 2, [1]),
                TestPlans.Programme("P-02", 2, [1], quickWin: true, dependsOn: [new Dependency(new ProgrammeCode("P-01"))]),
                TestPlans.Programme("P-03", 2, [3], dimension: Dimension.Economy, quickWin: true),
                TestPlans.Programme("P-04", 5, [3], dimension: Dimension.Economy),
            ],
            [4, 4], years: 2);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        Assert.Empty(roadmap.Warnings);
        var quickWin = roadmap.Entry(new ProgrammeCode("P-03"));
        Assert.Equal(2025, quickWin.Start!.Value.Value);
        Assert.True(quickWin.QuickWin);
        Assert.Equal(2026, roadmap.Entry(new ProgrammeCode("P-02")).Start!.Value.Value);
        Assert.Empty(RoadmapChecker.Violations(plan, roadmap));
    }

    [Fact]
    public void Alternatives_capacity_and_quick_wins_hold()
    {
        var plan = TestPlans.Plan(
            [
                TestPlans.Programme("P-01", 5, [1], group: "portal"), TestPlans.Programme("P-02", 4, [1], group: "portal"),
                TestPlans.Programme("P-03", 2, [1], quickWin: true), TestPlans.Programme("P-04", 5, [1, 1]),
                TestPlans.Programme("P-05", 3, [1], dimension: Dimension.Economy, quickWin: true),
                TestPlans.Programme("P-06", 4, [1, 1], dimension: Dimension.Economy, quickWin: true),
            ],
            [3, 3, 3], years: 3, capacity: 2);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        Assert.Empty(RoadmapChecker.Violations(plan, roadmap));
        Assert.Contains("alternative to P-01", English(roadmap.Entry(new ProgrammeCode("P-02"))), StringComparison.Ordinal);
        var quickWins = roadmap.Programmes.Where(p => p.QuickWin).Select(p => p.Code.Value).Order().ToList();
        Assert.Equal(2, quickWins.Count); // one per dimension with a candidate
    }

    [Fact]
    public void Greedy_strategy_gives_a_valid_roadmap_without_bound()
    {
        var plan = TestPlans.Plan(
            [TestPlans.Programme("P-01", 5, [2]), TestPlans.Programme("P-02", 4, [2]), TestPlans.Programme("P-03", 3, [1, 1])], [3, 3, 3]);

        var roadmap = new RoadmapPlanner(TestPlans.Options() with { Strategy = PlanningStrategy.Greedy }).Plan(plan).Value;

        Assert.Empty(RoadmapChecker.Violations(plan, roadmap));
        Assert.Null(roadmap.Bound);
        Assert.False(roadmap.ProvenOptimal);
    }

    [Fact]
    public void Json_document_has_the_cli_fields()
    {
        var plan = TestPlans.Plan([TestPlans.Programme("P-01", 5, [2]), TestPlans.Programme("P-02", 4, [2])], [3, 3]);
        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Value;

        var json = System.Text.Json.JsonSerializer.Serialize(RoadmapDocument.From(roadmap, Language.English), Web);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.True(root.GetProperty("optimal").GetBoolean());
        Assert.Equal(root.GetProperty("objective").GetDouble(), root.GetProperty("bound").GetDouble(), 6);
        var second = root.GetProperty("programmes")[1];
        Assert.Equal("scheduled", second.GetProperty("status").GetString());
        Assert.Equal(2026, second.GetProperty("startYear").GetInt32());
        Assert.Equal("short", second.GetProperty("term").GetString());
        Assert.NotEmpty(second.GetProperty("reasons").EnumerateArray());
        Assert.Equal(2, root.GetProperty("spend").GetArrayLength());
    }
}
