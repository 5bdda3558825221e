using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Edits;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Testing;

namespace Karsa.Domain.Tests.Edits;

/// <summary>A small draft to edit and helpers to make parts.</summary>
internal static class EditFixtures
{
    public static readonly IndicatorCode Internet = new("ISO37120-5.1");

    /// <summary>
    /// The minimal sample plus GOV-02 (depends on GOV-01) and ECO-01, indicator ISO37120-5.1 with a
    /// 2026 target, an APBD ceiling for 2025, a background narrative and governance readiness.
    /// </summary>
    public static MasterplanContent Content()
    {
        var minimal = SamplePlans.Minimal();
        return minimal with
        {
            Programmes = minimal.Programmes.Concat(
            [
                Make("GOV-02", dependsOn: [new Dependency(new ProgrammeCode("GOV-01"))]),
                Make("ECO-01", Dimension.Economy, "industry"),
            ]).ToValueList(),
            Indicators = [new Indicator(Internet, "Cakupan internet", "%", IndicatorFramework.Iso37120, IndicatorDirection.HigherIsBetter)],
            Targets = [new IndicatorTarget(Internet, new FiscalYear(2026), 80m)],
            Ceilings = [new BudgetCeiling(new FiscalYear(2025), FundingSource.Apbd, new Rupiah(1_000_000_000))],
            Narratives = [new NarrativeSection("background", "Latar belakang")],
            Readiness = [new ReadinessAssessment(Dimension.Governance, [new PillarScore(Pillar.Struktur, 3, null)], null)],
            Swot = [new SwotItem(SwotKind.Strength, "Kuat"), new SwotItem(SwotKind.Threat, "Ancaman")],
        };
    }

    /// <summary>The draft of <see cref="Content"/>.</summary>
    public static DraftPlan Draft() => Masterplan.Create(Content()).AsDraft()!;

    /// <summary>A one-year governance programme led by DISKOMINFO.</summary>
    public static Programme Make(string code, Dimension dimension = Dimension.Governance, string element = "public-service",
        int duration = 1, string lead = "DISKOMINFO", ValueList<Dependency> dependsOn = default) =>
        new(new ProgrammeCode(code), "Program " + code, dimension, new ElementCode(element), new AgencyCode(lead), duration, default, dependsOn: dependsOn);

    /// <summary>
    /// <paramref name="programme"/> rebuilt with another code, name or mandatory flag, everything else
    /// kept (dependencies dropped when <paramref name="withoutDependencies"/>).
    /// </summary>
    public static Programme Copy(Programme programme, ProgrammeCode? code = null, LocalizedText? name = null, bool? mandatory = null, bool withoutDependencies = false) =>
        new(code ?? programme.Code, name ?? programme.Name, programme.Dimension, programme.Element, programme.LeadAgency, programme.DurationYears,
            programme.Costs, programme.Kind, programme.Description, programme.SupportingAgencies, programme.QuickWinCandidate,
            programme.EarliestStart, programme.LatestStart, withoutDependencies ? default : programme.DependsOn, mandatory ?? programme.Mandatory,
            programme.AlternativesGroup, programme.Scores, programme.Indicators, programme.Districts, programme.PlanningReference);

    /// <summary>The single problem of a refused edit.</summary>
    public static Diagnostics.Diagnostic Refusal(EditResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Plan);
        return Assert.Single(result.Problems);
    }

    /// <summary>The plan of a successful edit, checked to be a draft of the same version.</summary>
    public static MasterplanContent Edited(EditResult result, DraftPlan draft)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Format(Language.English))));
        Assert.Empty(result.Problems);
        Assert.Equal(PlanState.Draft, result.Plan.Content.State);
        Assert.Equal(draft.Plan.Content.Version, result.Plan.Content.Version);
        return result.Plan.Content;
    }
}
