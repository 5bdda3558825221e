using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads the quick-win settings and the adopted roadmap of a plan file.</summary>
internal static class RoadmapMapper
{
    /// <summary>The word a roadmap writes for a programme it leaves out.</summary>
    public const string Excluded = "excluded";

    /// <summary><c>quickWins: {years, priority}</c>: the quick-win years (null: default) and priority dimensions.</summary>
    public static (int? Years, ValueList<Dimension> Priority) ReadQuickWins(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.QuickWins);
        if (fields is null)
        {
            return (null, default);
        }

        var years = context.ReadInt(fields.Optional("years"), fields.PathOf("years"));
        var priority = context.ReadValues(fields.Optional("priority"), fields.PathOf("priority"),
            (item, itemPath) => context.ReadKey(item, itemPath, PlanKeys.Dimensions));
        return (years, priority);
    }

    /// <summary><c>roadmap: {scenario, value, bound, quickWins, programmes: {CODE: YEAR | excluded}}</c>.</summary>
    public static AdoptedRoadmap? ReadRoadmap(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Roadmap);
        if (fields is null)
        {
            return null;
        }

        var scenario = context.ReadString(fields.Optional("scenario"), fields.PathOf("scenario"));
        var value = context.ReadDecimal(fields.Required("value"), fields.PathOf("value"));
        var bound = context.ReadDecimal(fields.Optional("bound"), fields.PathOf("bound"));
        var quickWins = context.ReadValues(fields.Optional("quickWins"), fields.PathOf("quickWins"),
            (item, itemPath) => context.ReadCode(item, itemPath, c => new ProgrammeCode(c)));
        var starts = new List<AdoptedStart>();
        context.ReadCodeEntries(fields.Required("programmes"), fields.PathOf("programmes"), c => new ProgrammeCode(c), (code, entry, entryPath) =>
        {
            if (entry is ScalarNode { Type: ScalarType.String, Text: Excluded })
            {
                starts.Add(new AdoptedStart(code, null));
            }
            else if (entry is ScalarNode { Type: ScalarType.Number })
            {
                if (context.ReadYear(entry, entryPath) is { } year)
                {
                    starts.Add(new AdoptedStart(code, year));
                }
            }
            else
            {
                context.Report(Problems.WrongType($"a fiscal year or '{Excluded}'", entry.Describe()), entryPath, entry.Position);
            }
        });

        if (context.HasErrors || value is null)
        {
            return null;
        }

        return context.TryBuild(() => new AdoptedRoadmap(starts.ToValueList(), quickWins, scenario, value.Value, bound), path, fields.Position, out var roadmap)
            ? roadmap
            : null;
    }
}
