using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Mapping;
using Karsa.Interchange.Tree;
using static Karsa.Interchange.Writing.TreeFactory;

namespace Karsa.Interchange.Writing;

/// <summary>The programme, budget, indicator and scenario parts of <see cref="PlanTree"/>.</summary>
internal static partial class PlanTree
{
    private static MappingNode Programme(Programme programme) => new MapBuilder()
        .Add("code", String(programme.Code.Value))
        .Add("name", Text(programme.Name))
        .Add("description", OptionalString(programme.Description))
        .Add("dimension", String(PlanKeys.Dimensions.Key(programme.Dimension)))
        .Add("element", String(programme.Element.Value))
        .Add("kind", programme.Kind == ProgrammeKind.Other ? null : String(PlanKeys.ProgrammeKinds.Key(programme.Kind)))
        .Add("lead", String(programme.LeadAgency.Value))
        .Add("supporting", List(programme.SupportingAgencies, a => String(a.Value), compact: true))
        .Add("quickWin", Flag(programme.QuickWinCandidate))
        .Add("mandatory", Flag(programme.Mandatory))
        .Add("duration", programme.DurationYears is { } years ? Number(years) : null)
        .Add("benefitLifeYears", programme.BenefitLifeYears is { } life ? Number(life) : null)
        .Add("start", new MapBuilder(compact: true).Add("earliest", Year(programme.EarliestStart)).Add("latest", Year(programme.LatestStart)).NodeOrNull)
        .Add("costs", Amounts(programme.Costs.Select(c => (c.Year, c.Source, c.Amount))))
        .Add("dependsOn", List(programme.DependsOn, Dependency, compact: true))
        .Add("alternatives", OptionalString(programme.AlternativesGroup))
        .Add("scores", CodeNumbers(programme.Scores.Select(s => (String(s.Criterion.Value), s.Score))))
        .Add("indicators", List(programme.Indicators, i => String(i.Value), compact: true))
        .Add("locations", List(programme.Locations, d => Quoted(d.Value), compact: true))
        .Add("reference", OptionalString(programme.PlanningReference))
        .Add("coLeads", List(programme.CoLeads, a => String(a.Value), compact: true))
        .Add("implementers", List(programme.Implementers, Implementer, compact: true))
        .Add("status", programme.Status == DeliveryStatus.New ? null : String(PlanKeys.DeliveryStatuses.Key(programme.Status)))
        .Add("startedIn", Year(programme.StartedIn))
        .Add("recurrence", programme.Recurrence == ProgrammeRecurrence.None ? null : String(PlanKeys.Recurrences.Key(programme.Recurrence)))
        .Add("renstra", OptionalString(programme.RenstraReference))
        .Add("objective", OptionalText(programme.Objective))
        .Add("outputs", List(programme.Outputs, Result))
        .Add("outcomes", List(programme.Outcomes, Result))
        .Add("canvas", Canvas(programme.ServiceCanvas))
        .Node;

    private static Node Implementer(Implementer implementer) => new MapBuilder(compact: true)
        .Add("name", String(implementer.Name))
        .Add("kind", implementer.Kind == ImplementerKind.Other ? null : String(PlanKeys.ImplementerKinds.Key(implementer.Kind)))
        .Node;

    private static Node Dependency(Dependency dependency) => dependency.LagYears == 0
        ? String(dependency.Programme.Value)
        : new MapBuilder(compact: true).Add("programme", String(dependency.Programme.Value)).Add("lag", Number(dependency.LagYears)).Node;

    private static MappingNode? Amounts(IEnumerable<(FiscalYear Year, FundingSource Source, Rupiah Amount)> amounts)
    {
        var years = new MapBuilder();
        foreach (var year in amounts.GroupBy(a => a.Year).OrderBy(g => g.Key))
        {
            var sources = new MapBuilder(compact: true);
            foreach (var (_, source, amount) in year.OrderBy(a => a.Source))
            {
                sources.Add(source.Key, Number(amount.Value));
            }

            years.Add(Year(year.Key), sources.Node);
        }

        return years.NodeOrNull;
    }

    private static MappingNode? CodeNumbers(IEnumerable<(ScalarNode Key, decimal Value)> entries)
    {
        var map = new MapBuilder(compact: true);
        foreach (var (key, value) in entries)
        {
            map.Add(key, Number(value));
        }

        return map.NodeOrNull;
    }

    private static MappingNode Indicator(Indicator indicator) => new MapBuilder()
        .Add("code", String(indicator.Code.Value))
        .Add("name", Text(indicator.Name))
        .Add("unit", String(indicator.Unit))
        .Add("framework", String(PlanKeys.Frameworks.Key(indicator.Framework)))
        .Add("reference", OptionalString(indicator.FrameworkReference))
        .Add("theme", OptionalString(indicator.Theme))
        .Add("direction", String(PlanKeys.Directions.Key(indicator.Direction)))
        .Add("baseline", indicator.Baseline is { } b ? Measured(Number(b.Value), b.Year) : null)
        .Node;

    private static MappingNode? Targets(IEnumerable<IndicatorTarget> targets)
    {
        var map = new MapBuilder();
        foreach (var indicator in targets.GroupBy(t => t.Indicator))
        {
            map.Add(indicator.Key.Value, CodeNumbers(indicator.OrderBy(t => t.Year).Select(t => (Year(t.Year), t.Value))));
        }

        return map.NodeOrNull;
    }

    private static MappingNode Scenario(Scenario scenario) => new MapBuilder()
        .Add("name", String(scenario.Name))
        .Add("description", OptionalText(scenario.Description))
        .Add("scaleCeilings", List(scenario.ScaleCeilings, s => new MapBuilder(compact: true)
            .Add("factor", Number(s.Factor))
            .Add("source", s.Source is { } source ? String(source.Key) : null)
            .Add("from", Year(s.From))
            .Add("to", Year(s.To))
            .Node, compact: true))
        .Add("setCeilings", Amounts(scenario.SetCeilings.Select(c => (c.Year, c.Source, c.Amount))))
        .Add("forceIn", List(scenario.ForceIn, p => String(p.Value), compact: true))
        .Add("forceOut", List(scenario.ForceOut, p => String(p.Value), compact: true))
        .Add("weights", CodeNumbers(scenario.Weights.Select(w => (String(w.Criterion.Value), w.Weight))))
        .Add("lastYear", Year(scenario.LastYear))
        .Node;
}
