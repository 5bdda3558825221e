using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Tests;

public sealed class ProgrammeTests
{
    private static Programme Make(string code, int duration = 1, FiscalYear? earliest = null, FiscalYear? latest = null,
        ValueList<CostLine> costs = default, ValueList<Dependency> dependsOn = default) =>
        new(new ProgrammeCode(code), "Program " + code, Dimension.Governance, new ElementCode("public-service"), new AgencyCode("DISKOMINFO"),
            duration, costs, earliestStart: earliest, latestStart: latest, dependsOn: dependsOn);

    private static CostLine Cost(int year, FundingSource source, long amount) => new(new FiscalYear(year), source, new Rupiah(amount));

    [Fact]
    public void Cost_lines_are_kept_sorted_by_year_then_source_and_summed()
    {
        var programme = Make("P-1", 2, costs: [Cost(2024, FundingSource.Csr, 5), Cost(2023, FundingSource.Csr, 7), Cost(2023, FundingSource.Apbd, 11)]);

        Assert.Equal([(2023, FundingSource.Apbd), (2023, FundingSource.Csr), (2024, FundingSource.Csr)], programme.Costs.Select(c => (c.Year.Value, c.Source)));
        Assert.Equal(new Rupiah(23), programme.TotalCost);
    }

    [Fact]
    public void The_cost_profile_is_relative_to_the_anchor_year()
    {
        var programme = Make("P-1", 2, new FiscalYear(2024), costs: [Cost(2024, FundingSource.Apbd, 10), Cost(2025, FundingSource.Apbd, 20)]);

        Assert.Equal([(0, 10L), (1, 20L)], programme.Profile(new FiscalYear(2024)).Select(p => (p.Offset, p.Amount.Value)));
    }

    [Fact]
    public void Reversed_windows_duplicate_costs_and_self_dependencies_are_refused()
    {
        Assert.Equal("KRS035", Assert.Throws<DomainException>(() => Make("P-1", earliest: new FiscalYear(2026), latest: new FiscalYear(2024))).Problems[0].Code);
        Assert.Equal("KRS037", Assert.Throws<DomainException>(() => Make("P-1", costs: [Cost(2023, FundingSource.Apbd, 1), Cost(2023, FundingSource.Apbd, 2)])).Problems[0].Code);
        Assert.Equal("KRS038", Assert.Throws<DomainException>(() => Make("P-1", dependsOn: [new Dependency(new ProgrammeCode("P-1"))])).Problems[0].Code);
        Assert.Equal("KRS016", Assert.Throws<DomainException>(() => Make("P-1", duration: 0)).Problems[0].Code);
    }

    [Fact]
    public void Earliest_starts_follow_finish_to_start_dependencies_with_lags()
    {
        var a = Make("A", duration: 2, earliest: new FiscalYear(2023));
        var b = Make("B", duration: 1, dependsOn: [new Dependency(new ProgrammeCode("A"), lagYears: 1)]);
        var c = Make("C", duration: 3, earliest: new FiscalYear(2022), dependsOn: [new Dependency(new ProgrammeCode("B"))]);
        var graph = new DependencyGraph([c, b, a]);

        var starts = graph.EarliestStarts(p => (p.EarliestStart ?? new FiscalYear(2022)).Value);

        Assert.Empty(graph.Cycles());
        Assert.Equal(2023, starts[a.Code]);
        Assert.Equal(2026, starts[b.Code]); // A runs 2023-2024, one year of lag
        Assert.Equal(2027, starts[c.Code]);
    }

    [Fact]
    public void Cycles_are_found_and_named_in_order()
    {
        var a = Make("A", dependsOn: [new Dependency(new ProgrammeCode("C"))]);
        var b = Make("B", dependsOn: [new Dependency(new ProgrammeCode("A"))]);
        var c = Make("C", dependsOn: [new Dependency(new ProgrammeCode("B"))]);
        var d = Make("D", dependsOn: [new Dependency(new ProgrammeCode("A"))]);

        var cycle = Assert.Single(new DependencyGraph([a, b, c, d]).Cycles());

        Assert.Equal(cycle[0], cycle[^1]);
        Assert.Equal(4, cycle.Count);
        Assert.Equal(["A", "B", "C"], cycle.Take(3).Select(x => x.Value).Order());
        Assert.DoesNotContain(new ProgrammeCode("D"), cycle);
    }

    [Fact]
    public void The_reference_catalogue_has_three_elements_in_each_of_six_dimensions()
    {
        Assert.Equal(18, ElementCatalogue.Reference.Count);
        Assert.All(Dimensions.All, d => Assert.Equal(3, ElementCatalogue.Reference.Count(e => e.Dimension == d)));
        Assert.Equal(18, ElementCatalogue.Reference.Select(e => e.Code).Distinct().Count());
    }

    [Fact]
    public void Own_elements_may_not_reuse_a_reference_code()
    {
        var clash = new Element(new ElementCode("health"), Dimension.Living, "Kesehatan lagi");

        Assert.Equal("KRS023", Assert.Throws<DomainException>(() => new ElementCatalogue([clash])).Problems[0].Code);
    }
}
