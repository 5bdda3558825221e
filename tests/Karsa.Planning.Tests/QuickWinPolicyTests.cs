using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

/// <summary>Quick wins in given dimensions only (Karanganyar: smart governance and smart living first).</summary>
public class QuickWinPolicyTests
{
    /// <summary>
    /// Two plan years, APBD 4 bn in 2025. Governance: quick-win candidate QG (2 bn) and A (2 bn, best);
    /// Economy: quick-win candidate QE (1 bn) and B (1 bn).
    /// </summary>
    private static Karsa.Domain.Plans.Masterplan Plan() => TestPlans.Plan(
        [
            TestPlans.Programme("QG", 2, [2], quickWin: true),
            TestPlans.Programme("A", 5, [2]),
            TestPlans.Programme("QE", 2, [1], dimension: Dimension.Economy, quickWin: true),
            TestPlans.Programme("B", 5, [1], dimension: Dimension.Economy),
        ],
        [4, 4], years: 2);

    private static Roadmap Planned(QuickWinPolicy policy) =>
        new RoadmapPlanner(TestPlans.Options() with { QuickWins = policy }).Plan(Plan()).Value;

    private static int? Start(Roadmap roadmap, string code) => roadmap.Entry(new ProgrammeCode(code)).Start?.Value;

    [Fact]
    public void Only_the_given_dimensions_require_a_quick_win()
    {
        var problem = ProblemBuilder.Prepare(Plan(), quickWins: QuickWinPolicy.InDimensions([Dimension.Governance, Dimension.Living])).Problem;

        var requirement = Assert.Single(QuickWinRule.Requirements(problem));

        Assert.Equal(["QG"], requirement.Items.Select(i => problem.Items[i].Code));
        Assert.Equal(1, requirement.AtLeast);
    }

    [Fact]
    public void A_roadmap_gets_and_labels_quick_wins_in_the_given_dimensions_only()
    {
        // Governance needs QG in 2025; Economy needs none, so A moves to 2026 for QG while QE and B share 2025.
        var roadmap = Planned(QuickWinPolicy.InDimensions([Dimension.Governance]));

        Assert.Equal(["QG"], roadmap.Programmes.Where(p => p.QuickWin).Select(p => p.Code.Value));
        Assert.Equal(2025, Start(roadmap, "QE"));
        Assert.Equal(Term.ShortTerm, roadmap.Entry(new ProgrammeCode("QE")).Term);
        Assert.Equal(Term.QuickWin, roadmap.Entry(new ProgrammeCode("QG")).Term);
        Assert.Equal(2026, Start(roadmap, "A"));
        Assert.Empty(roadmap.Warnings);
    }

    [Fact]
    public void Without_the_governance_requirement_the_best_programme_takes_2025()
    {
        // Only Economy needs a quick win: A, QE and B share 2025's 4 bn and QG waits; QE is the one quick win.
        var roadmap = Planned(QuickWinPolicy.InDimensions([Dimension.Economy]));

        Assert.Equal(["QE"], roadmap.Programmes.Where(p => p.QuickWin).Select(p => p.Code.Value));
        Assert.Equal(2025, Start(roadmap, "A"));
        Assert.Equal(2026, Start(roadmap, "QG"));
    }

    [Fact]
    public void No_given_dimension_means_no_quick_win()
    {
        var roadmap = Planned(QuickWinPolicy.InDimensions([]));

        Assert.DoesNotContain(roadmap.Programmes, p => p.QuickWin);
        Assert.Empty(QuickWinRule.Requirements(ProblemBuilder.Prepare(Plan(), quickWins: QuickWinPolicy.InDimensions([])).Problem));
    }

    [Fact]
    public void Policies_with_the_same_dimensions_are_equal()
    {
        Assert.Equal(QuickWinPolicy.InDimensions([Dimension.Living, Dimension.Governance]), QuickWinPolicy.InDimensions([Dimension.Governance, Dimension.Living, Dimension.Living]));
        Assert.NotEqual(QuickWinPolicy.InDimensions([Dimension.Living]), QuickWinPolicy.InDimensions([Dimension.Governance]));
    }
}
