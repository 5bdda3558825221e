using Karsa.Domain.Budget;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Testing;
using static Karsa.Domain.Tests.RulePlans;

namespace Karsa.Domain.Tests;

/// <summary>How <see cref="MasterplanRules"/> reports: everything at once, in plan order, warnings apart from errors.</summary>
public sealed class MasterplanRulesTests
{
    [Fact]
    public void The_minimal_sample_has_warnings_only_and_they_do_not_block_Create()
    {
        var plan = SamplePlans.Minimal();

        var found = MasterplanRules.Check(plan);
        var created = Masterplan.Create(plan);

        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(5, found.Count(d => d.Code == "KRS100"));   // every dimension but governance lacks a quick-win candidate
        Assert.Equal(17, found.Count(d => d.Code == "KRS102"));  // 18 reference elements, one programme
        Assert.Single(found, d => d.Code == "KRS104");           // APBD is used but never capped
        Assert.Equal(found, created.Warnings);
    }

    [Fact]
    public void Every_error_of_every_rule_is_reported_at_once_and_Create_refuses_with_all_of_them()
    {
        var plan = With(P("A", element: "smart-parking"), P("B", lead: "DISHUB"), P("B"), P("C", after: ["Z"])) with
        {
            Ceilings = [new BudgetCeiling(new FiscalYear(2040), FundingSource.Apbd, new Rupiah(5))],
            Scenarios = [new Scenario("hemat"), new Scenario("hemat")],
        };

        var errors = Errors(plan);
        var refused = Assert.Throws<DomainException>(() => Masterplan.Create(plan));

        Assert.Equal(
            [
                ("KRS021", "programmes[0].element"),
                ("KRS030", "programmes[2].code"),
                ("KRS031", "programmes[3].dependsOn[0]"),
                ("KRS040", "programmes[1].lead"),
                ("KRS050", "budget.2040"),
                ("KRS059", "scenarios[1].name"),
            ],
            errors.Order());
        Assert.Equal(errors, refused.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Problems_found_per_programme_come_programme_by_programme_in_plan_order()
    {
        var plan = With(P("A", element: "smart-parking", lead: "DISHUB"), P("B"), P("C", lead: "BAPPEDA", costYears: [2040]), P("D", lead: "DISHUB"));

        Assert.Equal(
            [
                ("KRS021", "programmes[0].element"),
                ("KRS040", "programmes[0].lead"),
                ("KRS040", "programmes[2].lead"),
                ("KRS034", "programmes[2].costs.2040"),
                ("KRS040", "programmes[3].lead"),
            ],
            Errors(plan));
    }

    [Fact]
    public void A_plan_with_only_warnings_is_created_and_keeps_them()
    {
        var plan = With(P("A", quickWin: true), P("B", duration: 2, earliest: 2031));

        var created = Masterplan.Create(plan);

        Assert.Empty(Errors(plan));
        Assert.Contains(created.Warnings, w => w.Code == "KRS101" && w.Path == "programmes[1].code");
        Assert.All(created.Warnings, w => Assert.Equal(Severity.Warning, w.Severity));
    }

    [Fact]
    public void Two_programmes_with_the_same_name_are_warned_about_at_the_second_whatever_its_case()
    {
        var plan = With(P("A"), P("B"), P("C", name: "  program a"));

        var found = MasterplanRules.Check(plan).Where(d => d.Code == "KRS106").ToList();

        var warning = Assert.Single(found);
        Assert.Equal((Severity.Warning, "programmes[2].name"), (warning.Severity, warning.Path));
        Assert.Contains("Program C bernama sama dengan A ('program a')", warning.Format(Language.Indonesian), StringComparison.Ordinal);
        Assert.Empty(PathsOf(With(P("A"), P("B"), P("C")), "KRS106"));
    }

    [Fact]
    public void Check_of_no_plan_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => MasterplanRules.Check(null!));
}
