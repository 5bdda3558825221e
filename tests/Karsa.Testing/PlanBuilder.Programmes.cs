using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Testing;

/// <summary>The programmes and scenarios of a random plan.</summary>
internal sealed partial class PlanBuilder
{
    private static readonly string[] Groups = ["mpp-platform", "yes", "Alt 1", "ꦏꦫꦁ"];

    private List<Programme> Programmes()
    {
        var programmes = new List<Programme>();
        var catalogue = ElementCatalogue.Reference.Concat(_elements).ToList();
        var count = draw.Int(0, size * 2);
        for (var i = 0; i < count; i++)
        {
            programmes.Add(Programme(i, draw.Pick(catalogue), programmes));
        }

        return programmes;
    }

    private Programme Programme(int index, Element element, List<Programme> earlier)
    {
        var earliest = draw.Chance(50) ? YearInPeriod() : (FiscalYear?)null;
        var anchor = earliest ?? _period.First;
        var latest = draw.Chance(40) ? new FiscalYear(draw.Int(anchor.Value, _period.Last.Value)) : (FiscalYear?)null;
        var duration = draw.Int(1, draw.Chance(80) ? 5 : Domain.Programmes.Programme.MaxDurationYears);
        var dependsOn = draw.Subset(earlier, 3).Select(p => new Dependency(p.Code, draw.Chance(70) ? 0 : draw.Int(1, 20))).ToValueList();
        var group = draw.Chance(30) ? draw.Pick(Groups) : null;
        var fits = anchor.Value + duration - 1 <= _period.Last.Value;
        var mandatory = fits && dependsOn.Count == 0 && group is null && draw.Chance(30);
        var runYears = _period.Years.Where(y => y >= anchor && y.Value <= anchor.Value + duration - 1).ToList();
        return new Programme(
            new ProgrammeCode($"{draw.Pick(CodePrefixes)}-{index:00}"),
            Text(),
            element.Dimension,
            element.Code,
            draw.Pick(_agencies).Code,
            duration,
            Amounts((y, s, a) => new CostLine(y, s, a), 6, runYears),
            draw.PickEnum<ProgrammeKind>(),
            draw.Maybe(() => NastyText.Any(draw)),
            draw.Subset(_agencies, 3).Select(a => a.Code).ToValueList(),
            draw.Chance(40),
            earliest,
            latest,
            dependsOn,
            mandatory,
            group,
            draw.Subset(_criteria, 5).Select(c => new CriterionScore(c.Code, ScoreOn(_criteriaScale))).ToValueList(),
            draw.Subset(_indicators, 3).Select(i => i.Code).ToValueList(),
            draw.Subset(_region.Districts, 3).Select(d => d.Code).ToValueList(),
            draw.Maybe(() => NastyText.Any(draw)),
            objective: draw.Maybe(Text),
            outputs: Results(),
            outcomes: Results(),
            renstraReference: draw.Maybe(() => NastyText.Any(draw)),
            serviceCanvas: draw.Chance(30) ? new ServiceCanvas(draw.Maybe(Text), draw.Maybe(Text), draw.Maybe(Text), draw.Maybe(Text), draw.Maybe(Text)) : null);
    }

    /// <summary>Up to two outputs or outcomes, each with a unit or an indicator whenever it has targets.</summary>
    private ValueList<ProgrammeResult> Results() => Draw.Many(draw.Int(0, 2), _ =>
    {
        var indicator = _indicators.Count > 0 && draw.Chance(40) ? draw.Pick(_indicators).Code : (IndicatorCode?)null;
        var targets = draw.Subset([.. _period.Years], 4).Select(y => new ResultTarget(y, draw.Decimal(0, 1000, 2))).ToValueList();
        var unit = indicator is null || draw.Chance(50) ? NastyText.NotBlank(draw) : null;
        return new ProgrammeResult(Text(), indicator, unit, targets);
    }).ToValueList();

    private Scenario Scenario(int index, List<Programme> programmes) => new(
        $"{draw.Pick(CodePrefixes)}-s{index}",
        draw.Maybe(Text),
        Draw.Many(draw.Int(0, 2), _ => new CeilingScale(draw.Decimal(0, 2, 2), draw.Chance(50) ? draw.Pick(FundingSourceCatalog.NationalDefaults).Source : null,
            draw.Chance(50) ? YearInPeriod() : null, draw.Chance(50) ? YearInPeriod() : null)).ToValueList(),
        Amounts((y, s, a) => new BudgetCeiling(y, s, a), 3),
        draw.Subset(programmes, 2).Select(p => p.Code).ToValueList(),
        draw.Subset(programmes, 2).Select(p => p.Code).ToValueList(),
        draw.Subset(_criteria, 3).Select(c => new CriterionWeight(c.Code, draw.Decimal(0, 1, 2))).ToValueList(),
        draw.Chance(40) ? new FiscalYear(Math.Clamp(_period.Last.Value + draw.Int(-1, 5), _period.First.Value, FiscalYear.Max)) : null);
}
