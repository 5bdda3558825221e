using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;
using static Karsa.Monitoring.Tests.Progress.ProgressPlans;

namespace Karsa.Monitoring.Tests.Progress;

/// <summary>The roll-up on <see cref="ProgressPlans.RollUpPlan"/>, every figure computed by hand below.</summary>
public class ProgressRollUpTests
{
    private static readonly Karsa.Domain.Plans.Masterplan Plan = RollUpPlan();

    /// <summary>
    /// GOV-01: 2024 under way 40 %, 2025 completed; GOV-02: 2026 under way 30 %; GOV-03: 2025 preparation
    /// (default 10 %), 2026 stalled 25 %; LIV-01: 2025 completed; LIV-02: none; ENV-01: 2024 under way
    /// 50 %, 2025 cancelled; ECO-01: none (left out of the roadmap).
    /// </summary>
    private static readonly ReportHistory Reports = History(Plan,
        Report("GOV-01", 2024, "berjalan", 40m), Report("GOV-01", 2025, "selesai"),
        Report("GOV-02", 2026, "berjalan", 30m),
        Report("GOV-03", 2025, "persiapan"), Report("GOV-03", 2026, "terhambat", 25m),
        Report("LIV-01", 2025, "selesai"),
        Report("ENV-01", 2024, "berjalan", 50m), Report("ENV-01", 2025, "dibatalkan"));

    [Fact]
    public void By_planned_cost_in_2026_every_level_is_the_cost_weighted_mean_of_its_children()
    {
        var result = ProgressRollUp.Compute(MonitoredPlan.Of(Plan), Reports, new FiscalYear(2026));

        // Weights are planned costs in Rupiah: GOV-01 200 M, GOV-02 300 M, GOV-03 300 M, LIV-01 and LIV-02 0.
        var publicService = ((200m * M * 100m) + (300m * M * 30m)) / (500m * M); // 58
        var bureaucracy = 25m;
        var governance = ((500m * M * publicService) + (300m * M * bureaucracy)) / (800m * M); // 45.625
        var living = (100m + 0m) / 2; // both weigh 0: their plain mean, weighing 0 above
        Assert.Equal(58m, publicService);
        Assert.Equal(45.625m, governance);

        Assert.Equal(governance, result.Plan.Percent); // living weighs 0: (800 M * 45.625 + 0 * 50) / 800 M
        Assert.Equal(800m * M, result.Plan.Weight);
        Assert.Equal(["governance", "living"], result.Plan.Children.Select(d => d.Key));
        var gov = result.Plan.Children[0];
        Assert.Equal((governance, 800m * M, 1m), (gov.Percent, gov.Weight, gov.Share));
        Assert.Equal([("public-service", publicService, 500m / 800m), ("bureaucracy", bureaucracy, 300m / 800m)], gov.Children.Select(e => (e.Key, e.Percent, e.Share)));
        Assert.Equal([("GOV-01", 100m, 200m * M, 0.25m), ("GOV-02", 30m, 300m * M, 0.375m)],
            gov.Children[0].Children.Select(p => (p.Key, p.Percent, p.Weight, p.Share)));
        var liv = result.Plan.Children[1];
        Assert.Equal((living, 0m, 0m), (liv.Percent, liv.Weight, liv.Share));
        Assert.Equal([("LIV-01", 100m), ("LIV-02", 0m)], liv.Children[0].Children.Select(p => (p.Key, p.Percent)));
        Assert.Equal([(new ProgrammeCode("ECO-01"), Exclusion.Unscheduled), (new ProgrammeCode("ENV-01"), Exclusion.Cancelled)],
            result.Excluded.Select(e => (e.Programme, e.Reason)));
        Assert.Equal(("ditimbang menurut biaya rencana", "weighted by planned cost"), (result.Rule.Description.Indonesian, result.Rule.Description.English));
    }

    [Fact]
    public void In_2024_the_programme_cancelled_later_still_counts_and_programmes_without_reports_are_at_zero()
    {
        var result = ProgressRollUp.Compute(MonitoredPlan.Of(Plan), Reports, new FiscalYear(2024));

        // GOV-01 40 % (200 M), GOV-02 0 (300 M), GOV-03 0 (300 M), ENV-01 50 % (500 M); living weighs 0.
        var expected = ((200m * M * 40m) + (300m * M * 0m) + (300m * M * 0m) + (500m * M * 50m)) / (1300m * M);
        Assert.Equal(33_000m / 1_300m, expected);

        Assert.Equal(expected, result.Plan.Percent);
        Assert.Equal(["governance", "living", "environment"], result.Plan.Children.Select(d => d.Key));
        Assert.Equal(500m / 1300m, result.Plan.Children[2].Share);
        Assert.Equal([Exclusion.Unscheduled], result.Excluded.Select(e => e.Reason));
    }

    [Fact]
    public void By_set_weights_a_programme_without_a_weight_weighs_zero()
    {
        var weights = ProgressWeighting.BySetWeights(new Dictionary<ProgrammeCode, decimal>
        {
            [new("GOV-01")] = 1m,
            [new("GOV-02")] = 1m,
            [new("GOV-03")] = 2m,
            [new("LIV-01")] = 1m,
        });

        var result = ProgressRollUp.Compute(MonitoredPlan.Of(Plan), Reports, new FiscalYear(2026), weights);

        var publicService = ((1m * 100m) + (1m * 30m)) / 2m; // 65
        var governance = ((2m * publicService) + (2m * 25m)) / 4m; // 45
        var living = ((1m * 100m) + (0m * 0m)) / 1m; // LIV-02 has no weight
        Assert.Equal(((4m * governance) + (1m * living)) / 5m, result.Plan.Percent);
        Assert.Equal(56m, result.Plan.Percent);
        Assert.Equal(WeightBasis.SetWeights, result.Rule.Basis);
        Assert.Equal("weighted by the weights the planner set", result.Rule.Description.English);
    }

    [Fact]
    public void Set_weights_must_not_be_negative_and_must_name_programmes_of_the_plan()
    {
        Assert.Equal(("KRS016", "weights.GOV-01"), Refusal(() => ProgressWeighting.BySetWeights(new Dictionary<ProgrammeCode, decimal> { [new("GOV-01")] = -0.5m })));

        var unknown = ProgressWeighting.BySetWeights(new Dictionary<ProgrammeCode, decimal> { [new("GOV-01")] = 1m, [new("XYZ-09")] = 1m });
        Assert.Equal(("KRS118", "weights.XYZ-09"), Refusal(() => ProgressRollUp.Compute(MonitoredPlan.Of(Plan), Reports, new FiscalYear(2026), unknown)));
    }

    [Fact]
    public void A_plan_whose_programmes_are_all_left_out_rolls_up_to_zero_without_children()
    {
        var plan = Plan([Programme("GOV-01", Karsa.Domain.Catalogue.Dimension.Governance, "public-service", 1, null)], ("GOV-01", null));

        var result = ProgressRollUp.Compute(MonitoredPlan.Of(plan), History(plan), new FiscalYear(2026));

        Assert.Equal((0m, 0m), (result.Plan.Percent, result.Plan.Weight));
        Assert.Empty(result.Plan.Children);
    }
}
