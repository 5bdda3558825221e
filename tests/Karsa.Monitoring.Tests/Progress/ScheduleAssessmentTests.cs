using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;
using static Karsa.Monitoring.Tests.Progress.ProgressPlans;

namespace Karsa.Monitoring.Tests.Progress;

/// <summary>
/// Each schedule rule at its boundary on <see cref="ProgressPlans.SchedulePlan"/>: SCH-01 runs 4 years,
/// 2025-2028, planning apbd 100 M a year; tolerances 10 points and 10 %.
/// </summary>
public class ScheduleAssessmentTests
{
    private static readonly Karsa.Domain.Plans.Masterplan Plan = SchedulePlan();

    private static ScheduleAssessment Assess(int asOf, params ProgressReport[] reports) =>
        Assert.Single(ScheduleAssessment.ForAll(MonitoredPlan.Of(Plan), History(Plan, reports), new FiscalYear(asOf)));

    [Fact]
    public void Before_its_start_year_it_is_not_yet_due_and_money_is_not_judged()
    {
        var result = Assess(2024);

        Assert.Equal((ScheduleState.NotYetDue, ScheduleState.NotYetDue), (result.States, result.Headline));
        Assert.Null(result.ExpectedPercent);
        Assert.Empty(result.Budget);
    }

    [Fact]
    public void From_its_start_year_without_a_report_or_with_not_started_it_has_not_started()
    {
        Assert.Equal(ScheduleState.NotStarted | ScheduleState.UnderBudget, Assess(2025).States); // nothing realised of 100 M planned
        Assert.Equal(ScheduleState.NotStarted, Assess(2025, Report("SCH-01", 2025, "belum-mulai", null, ("apbd", 100))).States);
        Assert.Equal(ScheduleState.NotStarted, Assess(2025, Report("SCH-01", 2025, "belum-mulai", null, ("apbd", 100))).Headline);
    }

    [Theory]
    // In its first year 1/4 of the run is due: 100 * 1 / 4 = 25; late below 25 - 10 = 15.
    [InlineData(2025, 2025, 15.0, 25.0, false)]
    [InlineData(2025, 2025, 14.99, 25.0, true)]
    // In its second year: 100 * 2 / 4 = 50; late below 40.
    [InlineData(2026, 2026, 40.0, 50.0, false)]
    [InlineData(2026, 2026, 39.99, 50.0, true)]
    // The latest report counts: 45 % reported in 2025 and nothing in 2026 is judged against 50.
    [InlineData(2026, 2025, 45.0, 50.0, false)]
    // In its last year everything is due: late below 90.
    [InlineData(2028, 2028, 90.0, 100.0, false)]
    [InlineData(2028, 2028, 89.99, 100.0, true)]
    // After its last year anything unfinished is late.
    [InlineData(2029, 2029, 99.0, 100.0, true)]
    public void A_started_programme_is_late_below_the_linear_share_of_its_run_minus_the_tolerance(int asOf, int reported, double percent, double expected, bool late)
    {
        var result = Assess(asOf, Report("SCH-01", reported, "berjalan", (decimal)percent));

        Assert.Equal((decimal)expected, result.ExpectedPercent);
        Assert.Equal((decimal)percent, result.ReportedPercent);
        Assert.Equal(late ? ScheduleState.Late : ScheduleState.OnSchedule, result.States & (ScheduleState.Late | ScheduleState.OnSchedule));
    }

    [Fact]
    public void A_one_third_share_is_compared_exactly()
    {
        var plan = Plan([Programme("TRI-01", Karsa.Domain.Catalogue.Dimension.Governance, "public-service", 3, null)], ("TRI-01", 2025));
        var third = 100m * 1 / 3;

        var result = ScheduleAssessment.ForAll(MonitoredPlan.Of(plan), History(plan, Report("TRI-01", 2025, "berjalan", 23.34m)), new FiscalYear(2025))[0];

        Assert.Equal(third, result.ExpectedPercent);
        Assert.True(23.34m >= third - 10m);
        Assert.Equal(ScheduleState.OnSchedule, result.Headline);
    }

    [Theory]
    // 2025-2026 plan apbd 200 M; the tolerance is 10 %: over above 220 M, under below 180 M.
    [InlineData(100, 120, BudgetState.Within)]
    [InlineData(100, 121, BudgetState.Over)]
    [InlineData(100, 80, BudgetState.Within)]
    [InlineData(100, 79, BudgetState.Under)]
    public void Realised_money_is_judged_cumulatively_against_the_planned_money_by_source(long first, long second, BudgetState state)
    {
        var result = Assess(2026, Report("SCH-01", 2025, "berjalan", 25m, ("apbd", first)), Report("SCH-01", 2026, "berjalan", 50m, ("apbd", second)));

        var line = Assert.Single(result.Budget);
        Assert.Equal(("apbd", new Rupiah(200 * M), new Rupiah((first + second) * M), state), (line.Source, line.Planned, line.Realised, line.State));
        Assert.Equal(new Rupiah((first + second - 200) * M), line.Variance);
        Assert.Equal(state == BudgetState.Over, result.States.HasFlag(ScheduleState.OverBudget));
        Assert.Equal(state == BudgetState.Under, result.States.HasFlag(ScheduleState.UnderBudget));
    }

    [Fact]
    public void The_budget_boundary_is_exact_to_the_Rupiah()
    {
        var over = BudgetLine.Of("apbd", new Rupiah(200 * M), new Rupiah((220 * M) + 1), 10m);
        var at = BudgetLine.Of("apbd", new Rupiah(200 * M), new Rupiah(220 * M), 10m);
        var under = BudgetLine.Of("apbd", new Rupiah(200 * M), new Rupiah((180 * M) - 1), 10m);

        Assert.Equal((BudgetState.Over, BudgetState.Within, BudgetState.Under), (over.State, at.State, under.State));
        Assert.Equal(BudgetState.Within, BudgetLine.Of("apbd", new Rupiah(200 * M), new Rupiah(260 * M), 30m).State);
    }

    [Fact]
    public void Money_from_a_source_with_nothing_planned_is_over_budget()
    {
        var result = Assess(2025, Report("SCH-01", 2025, "berjalan", 25m, ("apbd", 100), ("csr", 1)));

        Assert.Equal([("apbd", BudgetState.Within), ("csr", BudgetState.Over)], result.Budget.Select(b => (b.Source, b.State)));
        Assert.Equal(ScheduleState.OnSchedule | ScheduleState.OverBudget, result.States);
        Assert.Equal(ScheduleState.OverBudget, result.Headline);
    }

    [Fact]
    public void Several_states_hold_at_once_and_the_headline_is_the_most_pressing()
    {
        // 2026: 50 % due, 30 % reported and stalled; 2025-2026 realised 300 M against 200 M planned.
        var result = Assess(2026, Report("SCH-01", 2025, "berjalan", 20m, ("apbd", 150)), Report("SCH-01", 2026, "terhambat", 30m, ("apbd", 150)));

        Assert.Equal(ScheduleState.Late | ScheduleState.Stalled | ScheduleState.OverBudget, result.States);
        Assert.Equal(ScheduleState.Late, result.Headline);
    }

    [Fact]
    public void Completed_and_cancelled_come_from_the_latest_report_up_to_the_year()
    {
        var reports = new[] { Report("SCH-01", 2025, "berjalan", 30m, ("apbd", 100)), Report("SCH-01", 2026, "selesai", null, ("apbd", 100)) };

        Assert.Equal(ScheduleState.Completed, Assess(2026, reports).States);
        Assert.Equal(ScheduleState.OnSchedule, Assess(2025, reports).States);
        Assert.Equal(ScheduleState.Cancelled, Assess(2027, Report("SCH-01", 2026, "dibatalkan")).States);
        Assert.Equal(ScheduleState.Completed, Assess(2024, Report("SCH-01", 2024, "selesai")).Headline);
    }

    [Fact]
    public void A_programme_the_roadmap_leaves_out_is_not_scheduled_and_nothing_else()
    {
        var plan = RollUpPlan();

        var result = ScheduleAssessment.ForAll(MonitoredPlan.Of(plan), History(plan), new FiscalYear(2026)).Single(a => a.Programme.Value == "ECO-01");

        Assert.Equal((ScheduleState.NotScheduled, ScheduleState.NotScheduled), (result.States, result.Headline));
    }
}
