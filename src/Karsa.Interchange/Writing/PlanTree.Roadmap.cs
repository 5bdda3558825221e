using Karsa.Domain.Plans;
using Karsa.Domain.Roadmaps;
using Karsa.Interchange.Mapping;
using Karsa.Interchange.Tree;
using static Karsa.Interchange.Writing.TreeFactory;

namespace Karsa.Interchange.Writing;

/// <summary>The quick-win settings and the adopted roadmap in the plan tree.</summary>
internal static partial class PlanTree
{
    private static MappingNode? QuickWins(MasterplanContent plan) => new MapBuilder(compact: true)
        .Add("years", plan.Terms.QuickWinYears == TermBoundaries.Default.QuickWinYears ? null : Number(plan.Terms.QuickWinYears))
        .Add("priority", List(plan.QuickWinPriority, d => String(PlanKeys.Dimensions.Key(d))))
        .NodeOrNull;

    private static MappingNode Roadmap(AdoptedRoadmap roadmap)
    {
        var programmes = new MapBuilder();
        foreach (var entry in roadmap.Programmes)
        {
            programmes.Add(entry.Programme.Value, entry.Start is { } start ? Year(start) : String(RoadmapMapper.Excluded));
        }

        return new MapBuilder()
            .Add("scenario", OptionalString(roadmap.Scenario))
            .Add("value", Number(roadmap.Value))
            .Add("bound", roadmap.Bound is { } bound ? Number(bound) : null)
            .Add("quickWins", List(roadmap.QuickWins, c => String(c.Value)))
            .Add("programmes", programmes.Node)
            .Node;
    }
}
