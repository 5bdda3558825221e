using Karsa.Domain.Agencies;
using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Regions;

namespace Karsa.Testing;

/// <summary>Builds one random valid plan, part by part, so that every reference points at something that exists.</summary>
internal sealed partial class PlanBuilder(Draw draw, int size)
{
    private static readonly string[] CodePrefixes = ["GOV", "ECO", "yes", "null", "P.1", "x_y", "9", "Liv"];
    private static readonly string[] SectionKeys = ["background", "legal-basis", "yes", "2024", "bab 1: pendahuluan", "ꦏꦫꦁ", "null", "# note"];

    private PlanPeriod _period = null!;
    private Region _region = null!;
    private List<Agency> _agencies = [];
    private List<Element> _elements = [];
    private List<Criterion> _criteria = [];
    private ScoreScale _criteriaScale = ScoreScale.OneToFive;
    private List<Indicator> _indicators = [];

    /// <summary>The plan.</summary>
    public MasterplanContent Build()
    {
        var first = draw.Int(2000, 2150);
        _period = new PlanPeriod(new FiscalYear(first), new FiscalYear(first + draw.Int(0, 11)));
        _region = Region();
        _elements = Draw.Many(draw.Int(0, size / 2), i => new Element(new ElementCode($"own-{i}"), draw.PickEnum<Dimension>(), Text()));
        _agencies = Draw.Many(draw.Int(1, 1 + size), Agency);
        (_criteriaScale, _criteria) = Criteria();
        _indicators = Draw.Many(draw.Int(0, size), Indicator);
        var programmes = Programmes();
        var (readinessScale, readiness) = Readiness();
        return new MasterplanContent
        {
            Region = _region,
            Title = Text(),
            Period = _period,
            Version = draw.Int(1, 4),
            State = draw.PickEnum<PlanState>(),
            Terms = draw.Chance(50) ? TermBoundaries.Default : Terms(),
            Vision = draw.Maybe(Text),
            Missions = Draw.Many(draw.Int(0, size), _ => Text()).ToValueList(),
            Narratives = draw.Subset(SectionKeys, size).Select(k => new NarrativeSection(k, Text())).ToValueList(),
            OwnElements = _elements.ToValueList(),
            ReadinessScale = readinessScale,
            Readiness = readiness,
            Swot = Draw.Many(draw.Int(0, size * 2), _ => Swot()).OrderBy(s => s.Kind).ToValueList(),
            Strategies = Draw.Many(draw.Int(0, size), _ => new Strategy(draw.PickEnum<Dimension>(), Text(), draw.Maybe(() => NastyText.Any(draw)))).ToValueList(),
            Agencies = _agencies.ToValueList(),
            CriteriaScale = _criteriaScale,
            Criteria = _criteria.ToValueList(),
            CriteriaComparisons = Comparisons(),
            Programmes = programmes.ToValueList(),
            Ceilings = Amounts((y, s, a) => new BudgetCeiling(y, s, a), size * 3),
            Indicators = _indicators.ToValueList(),
            Targets = Targets(),
            Scenarios = Draw.Many(draw.Int(0, size / 2), i => Scenario(i, programmes)).ToValueList(),
            QuickWinPriority = draw.Subset(Dimensions.All, 3).ToValueList(),
            Roadmap = draw.Maybe(() => Roadmap(programmes)),
        };
    }

    private LocalizedText Text() => new(NastyText.NotBlank(draw), draw.Chance(50) ? NastyText.Any(draw) : null);

    private FiscalYear YearInPeriod() => new(draw.Int(_period.First.Value, _period.Last.Value));

    private Region Region()
    {
        var code = $"{draw.Int(11, 94)}.{draw.Int(1, 79):00}";
        var districts = draw.Subset(Enumerable.Range(1, 40).ToList(), size)
            .Select(n => new District(new RegionCode($"{code}.{n:00}"), NastyText.Any(draw)));
        return new Region(new RegionCode(code), NastyText.NotBlank(draw), draw.PickEnum<RegionKind>(), NastyText.Any(draw), districts.ToValueList(),
            draw.Chance(50) ? new Measured<long>(draw.Long(10_000_000) + 1, YearInPeriod()) : null,
            draw.Chance(50) ? new Measured<decimal>(draw.Decimal(0.1m, 5000m, 3), YearInPeriod()) : null);
    }

    private Agency Agency(int index) =>
        new(new AgencyCode($"{draw.Pick(CodePrefixes)}-AG{index}"), NastyText.NotBlank(draw), draw.PickEnum<AgencyKind>(), draw.Chance(40) ? draw.Int(1, 5) : null);

    private (ScoreScale Scale, List<Criterion> Items) Criteria()
    {
        if (draw.Chance(40))
        {
            return (ScoreScale.OneToFive, [.. Criterion.Defaults]);
        }

        var scale = Scale();
        var items = Draw.Many(draw.Int(0, 5), i => new Criterion(new CriterionCode($"{draw.Pick(CodePrefixes)}-c{i}"), Text(), draw.Decimal(0, 1, 3), draw.PickEnum<CriterionSense>()));
        return (scale, items);
    }

    private ValueList<PairwiseComparison> Comparisons()
    {
        var codes = _criteria.Select(c => c.Code).ToList();
        var pairs = codes.SelectMany((a, i) => codes.Skip(i + 1).Select(b => (a, b))).ToList();
        return draw.Subset(pairs, pairs.Count)
            .Select(p => draw.Chance(50) ? (p.a, p.b) : (p.b, p.a))
            .Select(p => new PairwiseComparison(p.Item1, p.Item2, draw.Chance(20) ? 1m / draw.Int(2, 9) : draw.Int(1, 9)))
            .ToValueList();
    }

    private ScoreScale Scale()
    {
        if (draw.Chance(50))
        {
            return ScoreScale.OneToFive;
        }

        var min = draw.Decimal(-2, 3, 1);
        return new ScoreScale(min, min + draw.Decimal(0.5m, 10, 1));
    }

    private decimal ScoreOn(ScoreScale scale) => scale.Min + ((scale.Max - scale.Min) * draw.Int(0, 4) / 4);

    private TermBoundaries Terms()
    {
        var quickWin = draw.Int(1, 3);
        var shortTerm = quickWin + draw.Int(0, 4);
        return new TermBoundaries(quickWin, shortTerm, shortTerm + draw.Int(0, 6));
    }

    private Indicator Indicator(int index) => new(
        new IndicatorCode($"ISO37120-{index}.{draw.Int(0, 9)}"), Text(), NastyText.NotBlank(draw), draw.PickEnum<IndicatorFramework>(),
        draw.PickEnum<IndicatorDirection>(), draw.Maybe(() => NastyText.Any(draw)), draw.Maybe(() => NastyText.Any(draw)),
        draw.Chance(50) ? new Measured<decimal>(draw.Decimal(-100, 100, 2), YearInPeriod()) : null);

    private ValueList<IndicatorTarget> Targets() =>
        draw.Subset(_indicators, size)
            .SelectMany(i => draw.Subset(_period.Years.ToList(), 4).Select(y => new IndicatorTarget(i.Code, y, draw.Decimal(-50, 500, 2))))
            .ToValueList();

    private (ScoreScale Scale, ValueList<ReadinessAssessment> Dimensions) Readiness()
    {
        var scale = Scale();
        var assessments = draw.Subset(Dimensions.All, size).Select(d => new ReadinessAssessment(d,
            draw.Subset(Enum.GetValues<Pillar>(), 3).Select(p => new PillarScore(p, ScoreOn(scale), draw.Maybe(() => NastyText.Any(draw)))).ToValueList(),
            draw.Maybe(() => NastyText.Any(draw))));
        return (scale, assessments.ToValueList());
    }

    private SwotItem Swot() =>
        new(draw.PickEnum<SwotKind>(), NastyText.NotBlank(draw), draw.Chance(50) ? draw.PickEnum<Dimension>() : null);

    /// <summary>Unique (year, source) amounts, sorted by year then source, made by <paramref name="make"/>.</summary>
    private ValueList<T> Amounts<T>(Func<FiscalYear, FundingSource, Rupiah, T> make, int max, IReadOnlyList<FiscalYear>? years = null)
    {
        var cells = (years ?? [.. _period.Years]).SelectMany(y => FundingSourceCatalog.Defaults.Sources.Select(s => (Year: y, Source: s))).ToList();
        return draw.Subset(cells, max).Select(c => make(c.Year, c.Source, new Rupiah(draw.Long(10_000_000_000_000)))).ToValueList();
    }
}
