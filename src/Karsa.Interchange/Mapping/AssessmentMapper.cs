using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Readiness;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads <c>readiness</c>, <c>swot</c> and <c>strategies</c>.</summary>
internal static class AssessmentMapper
{
    /// <summary><c>readiness</c>: the scale (1..5 when absent) and the assessments per dimension, in file order.</summary>
    public static (ScoreScale Scale, ValueList<ReadinessAssessment> Dimensions) ReadReadiness(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Readiness);
        if (fields is null)
        {
            return (ScoreScale.OneToFive, default);
        }

        var scale = context.ReadScale(fields.Optional("scale"), fields.PathOf("scale")) ?? ScoreScale.OneToFive;
        var assessments = new List<ReadinessAssessment>();
        context.ReadKeyedEntries(fields.Optional("dimensions"), fields.PathOf("dimensions"), PlanKeys.Dimensions, (dimension, value, entryPath) =>
        {
            if (context.ReadAssessment(dimension, value, entryPath) is { } assessment)
            {
                assessments.Add(assessment);
            }
        });
        return (scale, assessments.ToValueList());
    }

    /// <summary><c>swot</c>: every item, strengths first, then weaknesses, opportunities and threats.</summary>
    public static ValueList<SwotItem> ReadSwot(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Swot);
        if (fields is null)
        {
            return default;
        }

        return PlanKeys.Swot.Keys
            .SelectMany(key => context.ReadList(fields.Optional(key), fields.PathOf(key), (item, itemPath) =>
                context.ReadSwotItem(PlanKeys.Swot.TryParse(key, out var kind) ? kind : default, item, itemPath)))
            .ToValueList();
    }

    /// <summary>One strategy.</summary>
    public static Strategy? ReadStrategy(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Strategy);
        if (fields is null)
        {
            return null;
        }

        var dimension = context.ReadKey(fields.Required("dimension"), fields.PathOf("dimension"), PlanKeys.Dimensions);
        var title = context.ReadText(fields.Required("title"), fields.PathOf("title"));
        var description = context.ReadString(fields.Optional("description"), fields.PathOf("description"));
        return dimension is { } d && title is not null ? new Strategy(d, title, description) : null;
    }

    private static ReadinessAssessment? ReadAssessment(this ReadContext context, Dimension dimension, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.ReadinessDimension);
        if (fields is null)
        {
            return null;
        }

        var pillars = new List<PillarScore>();
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            var key = PlanKeys.Pillars.Key(pillar);
            if (context.ReadPillar(pillar, fields.Optional(key), fields.PathOf(key)) is { } score)
            {
                pillars.Add(score);
            }
        }

        var note = context.ReadString(fields.Optional("note"), fields.PathOf("note"));
        return new ReadinessAssessment(dimension, pillars.ToValueList(), note);
    }

    private static PillarScore? ReadPillar(this ReadContext context, Pillar pillar, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.PillarScore);
        if (fields is null)
        {
            return null;
        }

        var score = context.ReadDecimal(fields.Required("score"), fields.PathOf("score"));
        var note = context.ReadString(fields.Optional("note"), fields.PathOf("note"));
        return score is { } s ? new PillarScore(pillar, s, note) : null;
    }

    private static SwotItem? ReadSwotItem(this ReadContext context, SwotKind kind, Node node, string path)
    {
        if (node is not MappingNode)
        {
            return context.ReadString(node, path) is { } plain && context.TryBuild(() => new SwotItem(kind, plain), path, node.Position, out var item)
                ? item
                : null;
        }

        var fields = Fields.Open(context, node, path, PlanFields.SwotItem)!;
        var text = context.ReadString(fields.Required("text"), fields.PathOf("text"));
        var dimension = context.ReadKey(fields.Optional("dimension"), fields.PathOf("dimension"), PlanKeys.Dimensions);
        return text is not null && context.TryBuild(() => new SwotItem(kind, text, dimension), path, node.Position, out var built)
            ? built
            : null;
    }
}
