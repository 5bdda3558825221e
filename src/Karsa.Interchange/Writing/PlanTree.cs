using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Regions;
using Karsa.Interchange.Mapping;
using Karsa.Interchange.Tree;
using static Karsa.Interchange.Writing.TreeFactory;

namespace Karsa.Interchange.Writing;

/// <summary>
/// Turns a plan into the tree both writers serialise: fields in the canonical order of
/// docs/plan-file.md, defaults and empty lists left out, keyed maps in a canonical order.
/// </summary>
internal static partial class PlanTree
{
    /// <summary>The tree of <paramref name="plan"/>.</summary>
    public static MappingNode Build(MasterplanContent plan) => new MapBuilder()
        .Add("karsa", Number(FormatUpgrades.Current))
        .Add("region", Region(plan.Region))
        .Add("title", Text(plan.Title))
        .Add("period", new MapBuilder(compact: true).Add("first", Year(plan.Period.First)).Add("last", Year(plan.Period.Last)).Node)
        .Add("version", plan.Version == 1 ? null : Number(plan.Version))
        .Add("state", plan.State == PlanState.Draft ? null : String(PlanKeys.States.Key(plan.State)))
        .Add("terms", Terms(plan.Terms))
        .Add("quickWins", QuickWins(plan))
        .Add("valueModel", ValueModelNode(plan.ValueModel))
        .Add("vision", OptionalText(plan.Vision))
        .Add("missions", List(plan.Missions, Text))
        .Add("narratives", Narratives(plan.Narratives))
        .Add("book", BookMatter(plan.BookMatter))
        .Add("sections", Sections(plan.Sections))
        .Add("elements", List(plan.OwnElements, Element))
        .Add("readiness", Readiness(plan))
        .Add("swot", Swot(plan.Swot))
        .Add("strategies", List(plan.Strategies, Strategy))
        .Add("agencies", List(plan.Agencies, Agency))
        .Add("criteria", Criteria(plan))
        .Add("fundingSources", List(plan.FundingSources.Additions, FundingSourceEntry))
        .Add("programmes", List(plan.Programmes, Programme))
        .Add("budget", Amounts(plan.Ceilings.Select(c => (c.Year, c.Source, c.Amount))))
        .Add("indicators", List(plan.Indicators, Indicator))
        .Add("targets", Targets(plan.Targets))
        .Add("scenarios", List(plan.Scenarios, Scenario))
        .Add("roadmap", plan.Roadmap is { } roadmap ? Roadmap(roadmap) : null)
        .Node;

    private static MappingNode Region(Region region) => new MapBuilder()
        .Add("code", Quoted(region.Code.Value))
        .Add("name", String(region.Name))
        .Add("kind", String(PlanKeys.RegionKinds.Key(region.Kind)))
        .Add("province", String(region.Province))
        .Add("population", region.Population is { } p ? Measured(Number(p.Value), p.Year) : null)
        .Add("areaKm2", region.AreaKm2 is { } a ? Measured(Number(a.Value), a.Year) : null)
        .Add("cohort", region.Cohort is { } c ? Year(c) : null)
        .Add("districts", List(region.Districts, d => new MapBuilder(compact: true).Add("code", Quoted(d.Code.Value)).Add("name", String(d.Name)).Node))
        .Node;

    private static MappingNode Measured(Node value, FiscalYear year) =>
        new MapBuilder(compact: true).Add("value", value).Add("year", Year(year)).Node;

    private static MappingNode? Terms(TermBoundaries terms) => new MapBuilder(compact: true)
        .Add("shortTermYears", terms.ShortTermYears == TermBoundaries.Default.ShortTermYears ? null : Number(terms.ShortTermYears))
        .Add("mediumTermYears", terms.MediumTermYears == TermBoundaries.Default.MediumTermYears ? null : Number(terms.MediumTermYears))
        .NodeOrNull;

    private static MappingNode? Scale(ScoreScale scale) => scale == ScoreScale.OneToFive
        ? null
        : new MapBuilder(compact: true).Add("min", Number(scale.Min)).Add("max", Number(scale.Max)).Node;

    private static MappingNode? Narratives(IEnumerable<NarrativeSection> sections)
    {
        var map = new MapBuilder();
        foreach (var section in sections)
        {
            map.Add(section.Key, Text(section.Markdown));
        }

        return map.NodeOrNull;
    }

    private static MappingNode Element(Element element) => new MapBuilder(compact: true)
        .Add("code", String(element.Code.Value))
        .Add("dimension", String(PlanKeys.Dimensions.Key(element.Dimension)))
        .Add("name", Text(element.Name))
        .Node;

    private static MappingNode? Readiness(MasterplanContent plan)
    {
        var dimensions = new MapBuilder();
        foreach (var assessment in plan.Readiness)
        {
            var pillars = new MapBuilder();
            foreach (var pillar in assessment.Pillars.OrderBy(p => p.Pillar))
            {
                pillars.Add(PlanKeys.Pillars.Key(pillar.Pillar), new MapBuilder(compact: true)
                    .Add("score", Number(pillar.Score)).Add("note", OptionalString(pillar.Narrative)).Node);
            }

            dimensions.Add(PlanKeys.Dimensions.Key(assessment.Dimension), pillars.Add("note", OptionalString(assessment.Narrative)).Node);
        }

        return new MapBuilder().Add("scale", Scale(plan.ReadinessScale)).Add("dimensions", dimensions.NodeOrNull).NodeOrNull;
    }

    private static MappingNode? Swot(IEnumerable<SwotItem> items)
    {
        var map = new MapBuilder();
        foreach (var group in items.GroupBy(i => i.Kind).OrderBy(g => g.Key))
        {
            map.Add(PlanKeys.Swot.Key(group.Key), List(group, item => item.Dimension is { } d
                ? new MapBuilder(compact: true).Add("text", String(item.Text)).Add("dimension", String(PlanKeys.Dimensions.Key(d))).Node
                : String(item.Text)));
        }

        return map.NodeOrNull;
    }

    private static MappingNode Strategy(Strategy strategy) => new MapBuilder(compact: true)
        .Add("dimension", String(PlanKeys.Dimensions.Key(strategy.Dimension)))
        .Add("title", Text(strategy.Title))
        .Add("description", OptionalString(strategy.Description))
        .Node;

    private static MappingNode FundingSourceEntry(FundingSourceDefinition source) => new MapBuilder(compact: true)
        .Add("key", String(source.Source.Key))
        .Add("name", Text(source.Name))
        .Add("description", OptionalText(source.Description))
        .Node;

    private static MappingNode Agency(Agency agency) => new MapBuilder(compact: true)
        .Add("code", String(agency.Code.Value))
        .Add("name", String(agency.Name))
        .Add("kind", String(PlanKeys.AgencyKinds.Key(agency.Kind)))
        .Add("capacity", agency.Capacity is { } c ? Number(c) : null)
        .Node;

    private static MappingNode? Criteria(MasterplanContent plan)
    {
        var items = plan.Criteria == Criterion.Defaults.ToValueList()
            ? null
            : List(plan.Criteria, c => new MapBuilder(compact: true)
                .Add("code", String(c.Code.Value))
                .Add("name", Text(c.Name))
                .Add("weight", Number(c.Weight))
                .Add("sense", c.Sense == CriterionSense.Benefit ? null : String(PlanKeys.Senses.Key(c.Sense)))
                .Node) ?? new SequenceNode();
        var pairwise = List(plan.CriteriaComparisons, c => new MapBuilder(compact: true)
            .Add("more", String(c.More.Value))
            .Add("less", String(c.Less.Value))
            .Add("ratio", Number(c.Ratio))
            .Node);
        return new MapBuilder().Add("scale", Scale(plan.CriteriaScale)).Add("items", items).Add("pairwise", pairwise).NodeOrNull;
    }
}
