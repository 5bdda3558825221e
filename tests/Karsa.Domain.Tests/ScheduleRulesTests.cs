using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using static Karsa.Domain.Tests.RulePlans;

namespace Karsa.Domain.Tests;

/// <summary>
/// Rules on when programmes can run (plan 2022-2031): dependencies and cycles, mandatory programmes
/// that cannot fit (KRS036) or optional ones that never can (KRS101), windows, cost years, and
/// mandatory alternatives (KRS039).
/// </summary>
public sealed class ScheduleRulesTests
{
    [Fact]
    public void A_dependency_on_no_programme_is_KRS031_at_its_item()
    {
        Assert.Equal([("KRS031", "programmes[1].dependsOn[1]")], Errors(With(P("A"), P("B", after: ["A", "Z"]))));
    }

    [Fact]
    public void Two_programmes_waiting_for_each_other_are_one_cycle_KRS032_at_the_first_edge()
    {
        var found = MasterplanRules.Check(With(P("X"), P("A", after: ["X", "B"]), P("B", after: ["A"])));

        var cycle = Assert.Single(found, d => d.Code == "KRS032");
        Assert.Equal("programmes[1].dependsOn[1]", cycle.Path);
        Assert.Contains("A -> B -> A", cycle.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_cycle_is_named_along_its_edges_and_disjoint_cycles_are_each_reported()
    {
        var plan = With(P("A", after: ["B"]), P("B", after: ["C"]), P("C", after: ["A"]), P("D", after: ["E"]), P("E", after: ["D"]));

        var cycles = MasterplanRules.Check(plan).Where(d => d.Code == "KRS032").ToList();

        Assert.Equal(["programmes[0].dependsOn[0]", "programmes[3].dependsOn[0]"], cycles.Select(c => c.Path));
        Assert.Contains("A -> B -> C -> A", cycles[0].Message.English, StringComparison.Ordinal);
        Assert.Contains("D -> E -> D", cycles[1].Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_is_not_also_reported_as_programmes_that_cannot_fit()
    {
        var plan = With(P("A", duration: 10, after: ["B"], mandatory: true), P("B", duration: 10, after: ["A"]));

        Assert.Equal(["KRS032"], MasterplanRules.Check(plan).Where(d => d.Code is "KRS032" or "KRS036" or "KRS101").Select(d => d.Code));
    }

    [Theory]
    [InlineData(2026, true)]    // A runs 2022-2026, so B can start in 2027 at the earliest
    [InlineData(2027, false)]
    public void A_mandatory_programme_pushed_past_its_latest_start_by_a_dependency_is_KRS036(int latest, bool refused)
    {
        var plan = With(P("A", duration: 5), P("B", mandatory: true, latest: latest, after: ["A"]));

        var found = MasterplanRules.Check(plan).Where(d => d.Code == "KRS036").ToList();

        Assert.Equal(refused ? ["programmes[1].mandatory"] : [], found.Select(d => d.Path));
        if (refused)
        {
            Assert.Contains("at the earliest in 2027 but must start by 2026", found[0].Message.English, StringComparison.Ordinal);
            Assert.Throws<DomainException>(() => Masterplan.Create(plan));
        }
    }

    [Theory]
    [InlineData("A+3", true)]   // 2022 + 2 years + 3 years' lag = 2027 > 2026
    [InlineData("A+2", false)]
    public void The_lag_of_a_dependency_pushes_too(string dependency, bool refused)
    {
        var plan = With(P("A", duration: 2), P("B", mandatory: true, latest: 2026, after: [dependency]));

        Assert.Equal(refused, MasterplanRules.Check(plan).Any(d => d.Code == "KRS036"));
    }

    [Fact]
    public void A_chain_pushes_through_every_step_and_only_the_mandatory_end_is_refused()
    {
        var plan = With(P("A", duration: 4), P("B", duration: 4, after: ["A"]), P("C", mandatory: true, latest: 2029, after: ["B"]));

        Assert.Equal([("KRS036", "programmes[2].mandatory")], Errors(plan));
    }

    [Fact]
    public void A_predecessor_own_earliest_start_counts()
    {
        var fits = With(P("A", duration: 3, earliest: 2028), P("B", mandatory: true, after: ["A"]));
        var tooLong = With(P("A", duration: 3, earliest: 2028), P("B", duration: 2, mandatory: true, after: ["A"]));

        Assert.Empty(Errors(fits));
        Assert.Equal([("KRS036", "programmes[1].mandatory")], Errors(tooLong));
    }

    [Fact]
    public void A_mandatory_programme_too_long_for_its_own_window_is_KRS036()
    {
        Assert.Equal([("KRS036", "programmes[0].mandatory")], Errors(With(P("A", duration: 2, earliest: 2031, mandatory: true))));
    }

    [Fact]
    public void An_optional_programme_that_can_never_fit_is_only_a_warning_KRS101()
    {
        var plan = With(P("A", duration: 5), P("B", latest: 2026, after: ["A"]));

        Assert.Empty(Errors(plan));
        Assert.Equal(["programmes[1].code"], PathsOf(plan, "KRS101"));
        Assert.Contains(Masterplan.Create(plan).Warnings, w => w.Code == "KRS101");
    }

    [Fact]
    public void Start_years_outside_the_period_are_KRS016_at_the_year()
    {
        var plan = With(P("A", earliest: 2035), P("B", latest: 2020));

        Assert.Equal([("KRS016", "programmes[0].start.earliest"), ("KRS016", "programmes[1].start.latest")], Errors(plan).Where(e => e.Code == "KRS016"));
    }

    [Fact]
    public void Cost_years_must_lie_in_the_run_KRS033_and_in_the_period_KRS034()
    {
        var plan = With(P("A", duration: 2, earliest: 2025, costYears: [2024, 2025, 2026, 2027]), P("B", costYears: [2022, 2040]));

        Assert.Equal(
            [("KRS033", "programmes[0].costs.2024"), ("KRS033", "programmes[0].costs.2027"), ("KRS034", "programmes[1].costs.2040")],
            Errors(plan));
    }

    [Fact]
    public void Two_mandatory_alternatives_are_KRS039_once_at_the_second_naming_all()
    {
        var plan = With(P("A", mandatory: true, group: "mpp"), P("B", group: "mpp"), P("C", mandatory: true, group: "mpp"), P("D", mandatory: true, group: "mpp"));

        var found = MasterplanRules.Check(plan).Where(d => d.Code == "KRS039").ToList();

        var alternatives = Assert.Single(found);
        Assert.Equal("programmes[2].alternatives", alternatives.Path);
        Assert.Contains("'mpp' holds more than one mandatory programme: A, C, D", alternatives.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void One_mandatory_programme_per_group_is_allowed_and_groups_are_told_apart_by_exact_name()
    {
        var plan = With(P("A", mandatory: true, group: "mpp"), P("B", group: "mpp"), P("C", mandatory: true, group: "MPP"), P("D", mandatory: true, group: "sipd"));

        Assert.Empty(Errors(plan));
    }
}
