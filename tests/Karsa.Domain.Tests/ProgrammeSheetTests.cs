using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using static Karsa.Domain.Tests.RulePlans;

namespace Karsa.Domain.Tests;

/// <summary>A programme's sheet fields: outputs and outcomes with yearly targets, the Renstra reference and the service canvas.</summary>
public sealed class ProgrammeSheetTests
{
    private static ValueList<ResultTarget> Targets(params (int Year, decimal Value)[] targets) =>
        targets.Select(t => new ResultTarget(new FiscalYear(t.Year), t.Value)).ToValueList();

    private static Programme WithResults(ValueList<ProgrammeResult> outputs = default, ValueList<ProgrammeResult> outcomes = default, ServiceCanvas? canvas = null) =>
        new(new ProgrammeCode("GOV-09"), "Program GOV-09", Dimension.Governance, new ElementCode("public-service"), new AgencyCode("DISKOMINFO"), 1, default,
            outputs: outputs, outcomes: outcomes, renstraReference: "  ", serviceCanvas: canvas);

    [Fact]
    public void Targets_are_kept_sorted_by_year()
    {
        var result = new ProgrammeResult("Aplikasi beroperasi", unit: "aplikasi", targets: Targets((2025, 3), (2023, 1)));

        Assert.Equal([2023, 2025], result.Targets.Select(t => t.Year.Value));
    }

    [Fact]
    public void Two_targets_for_one_year_are_refused_at_that_year()
    {
        var refused = Assert.Throws<DomainException>(() => new ProgrammeResult("Aplikasi", unit: "aplikasi", targets: Targets((2024, 1), (2024, 2))));

        Assert.Equal(("KRS006", "targets.2024"), (refused.Problems[0].Code, refused.Problems[0].Path));
    }

    [Fact]
    public void Targets_need_a_unit_or_an_indicator_whose_unit_applies()
    {
        var refused = Assert.Throws<DomainException>(() => new ProgrammeResult("Warga puas", unit: " ", targets: Targets((2024, 80))));

        Assert.Equal(("KRS153", "targets"), (refused.Problems[0].Code, refused.Problems[0].Path));
        Assert.Null(new ProgrammeResult("Warga puas", new IndicatorCode("LOC-IKM"), targets: Targets((2024, 80))).Unit);
        Assert.Empty(new ProgrammeResult("Warga puas").Targets);
    }

    [Fact]
    public void An_empty_canvas_and_a_blank_renstra_reference_are_not_kept()
    {
        var programme = WithResults(canvas: new ServiceCanvas());

        Assert.Null(programme.ServiceCanvas);
        Assert.Null(programme.RenstraReference);
        Assert.NotNull(WithResults(canvas: new ServiceCanvas(Users: "Warga")).ServiceCanvas);
    }

    [Fact]
    public void Target_years_outside_the_plan_period_are_refused_at_each_target()
    {
        var plan = With(WithResults(
            outputs: [new ProgrammeResult("Aplikasi", unit: "aplikasi", targets: Targets((2021, 1), (2024, 2)))],
            outcomes: [new ProgrammeResult("Warga puas", unit: "%", targets: Targets((2031, 80), (2032, 85)))]));

        Assert.Equal(["programmes[0].outputs[0].targets.2021", "programmes[0].outcomes[0].targets.2032"], PathsOf(plan, "KRS152"));
    }

    [Fact]
    public void A_result_measured_by_an_indicator_the_plan_lacks_is_refused_there()
    {
        var known = new Indicator(new IndicatorCode("LOC-IKM"), "Indeks kepuasan", "indeks", IndicatorFramework.Local, IndicatorDirection.HigherIsBetter);
        var programme = WithResults(outcomes: [new ProgrammeResult("Puas", new IndicatorCode("LOC-IKM")), new ProgrammeResult("Cepat", new IndicatorCode("LOC-CEPAT"))]);
        var plan = With(programme) with { Indicators = [known] };

        Assert.Equal(["programmes[0].outcomes[1].indicator"], PathsOf(plan, "KRS053"));
    }

    [Fact]
    public void A_version_comparison_names_each_changed_sheet_field()
    {
        var older = With(WithResults(outputs: [new ProgrammeResult("Aplikasi", unit: "aplikasi", targets: Targets((2023, 1)))]));
        var changed = new Programme(new ProgrammeCode("GOV-09"), "Program GOV-09", Dimension.Governance, new ElementCode("public-service"), new AgencyCode("DISKOMINFO"), 1, default,
            objective: "Warga terlayani", outputs: [new ProgrammeResult("Aplikasi", unit: "aplikasi", targets: Targets((2023, 2)))],
            outcomes: [new ProgrammeResult("Puas", unit: "%")], renstraReference: "Renstra 2", serviceCanvas: new ServiceCanvas(Problem: "Antre"));
        var newer = older with { Programmes = [changed] };

        var fields = Assert.Single(global::Karsa.Domain.Versions.PlanComparison.Compare(older, newer)["programmes"].Items).Fields;

        Assert.Equal(["renstraReference", "objective", "outputTarget", "outcomes", "canvasProblem"], fields.Select(f => f.Field));
    }
}
