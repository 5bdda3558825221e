using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;
using static Karsa.Monitoring.Tests.Progress.ProgressPlans;

namespace Karsa.Monitoring.Tests.Progress;

/// <summary>The monitored plan takes runs and money from the adopted roadmap; reports are checked against the plan version.</summary>
public class ReportHistoryTests
{
    [Fact]
    public void Planned_money_is_the_cost_profile_shifted_to_the_adopted_start()
    {
        // GOV-03's costs are written for 2024-2026 (the plan's first year); it is adopted from 2025.
        var gov03 = MonitoredPlan.Of(RollUpPlan()).Programme(new ProgrammeCode("GOV-03"));

        var expected = new Dictionary<(FiscalYear, string), Rupiah>
        {
            [(new FiscalYear(2025), "apbd")] = new(60 * M),
            [(new FiscalYear(2025), "dak")] = new(40 * M),
            [(new FiscalYear(2026), "apbd")] = new(100 * M),
            [(new FiscalYear(2027), "apbd")] = new(100 * M),
        };
        Assert.Equal(expected.OrderBy(e => e.Key), gov03.Planned.OrderBy(e => e.Key));
        Assert.Equal((new FiscalYear(2025), new FiscalYear(2027), 3), (gov03.Start!.Value, gov03.End!.Value, gov03.DurationYears));
        Assert.Equal(new Rupiah((60 + 40 + 100 + 100) * M), gov03.PlannedTotal);
        Assert.Equal(new Dictionary<string, Rupiah> { ["apbd"] = new((60 + 100) * M), ["dak"] = new(40 * M) }, gov03.PlannedUpTo(new FiscalYear(2026)));
    }

    [Fact]
    public void The_monitored_plan_agrees_with_the_roadmap_spending_of_the_domain()
    {
        var plan = RollUpPlan();
        var monitored = MonitoredPlan.Of(plan);

        var spent = Karsa.Domain.Roadmaps.RoadmapView.SpentBy(plan, plan.Content.Roadmap!.Starts);
        var summed = monitored.Programmes.SelectMany(p => p.Planned)
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Aggregate(Rupiah.Zero, (s, p) => s + p.Value));
        Assert.Equal(spent.ToDictionary(s => (s.Key.Year, s.Key.Source.Key), s => s.Value).OrderBy(e => e.Key), summed.OrderBy(e => e.Key));
    }

    [Fact]
    public void A_plan_without_an_adopted_roadmap_cannot_be_monitored()
    {
        var plan = Karsa.Domain.Plans.Masterplan.Create(Content([Programme("GOV-01", Karsa.Domain.Catalogue.Dimension.Governance, "public-service", 1, null)]));

        Assert.Equal(("KRS119", "roadmap"), Refusal(() => MonitoredPlan.Of(plan)));
    }

    [Fact]
    public void Reports_of_another_region_or_version_unknown_programmes_and_a_second_report_for_a_year_are_refused_together()
    {
        var plan = MonitoredPlan.Of(RollUpPlan());
        var status = ProgressStatusList.Default.Resolve("berjalan");
        ProgressReport About(string region, int version, string code, int year) =>
            new(new ProgrammeReference(new RegionCode(region), version, new ProgrammeCode(code)), new FiscalYear(year), status, null);

        var problems = Refusals(() => ReportHistory.Of(plan,
        [
            About("33.13", PlanVersion, "GOV-01", 2025),
            About("33.14", PlanVersion, "GOV-01", 2025),
            About("33.13", PlanVersion - 1, "GOV-01", 2025),
            About("33.13", PlanVersion, "XYZ-01", 2025),
            About("33.13", PlanVersion, "GOV-01", 2025),
            About("33.13", PlanVersion, "GOV-01", 2026),
        ]));

        Assert.Equal([("KRS117", "reports[1].programme"), ("KRS117", "reports[2].programme"), ("KRS118", "reports[3].programme"), ("KRS006", "reports[4].year")], problems);
    }

    [Fact]
    public void Cumulative_progress_as_of_a_year_is_the_latest_report_up_to_that_year()
    {
        var plan = RollUpPlan();
        var history = History(plan, Report("GOV-01", 2024, "berjalan", 40m, ("apbd", 90)), Report("GOV-01", 2026, "berjalan", 70m, ("apbd", 50), ("csr", 5)));
        var gov01 = new ProgrammeCode("GOV-01");

        Assert.Equal([0m, 40m, 40m, 70m, 70m], new[] { 2023, 2024, 2025, 2026, 2027 }.Select(y => history.ProgressOf(gov01, new FiscalYear(y))));
        Assert.Equal(new Dictionary<string, Rupiah> { ["apbd"] = new(90 * M) }, history.RealisedUpTo(gov01, new FiscalYear(2025)));
        Assert.Equal(new Dictionary<string, Rupiah> { ["apbd"] = new((90 + 50) * M), ["csr"] = new(5 * M) }, history.RealisedUpTo(gov01, new FiscalYear(2026)));
    }
}
