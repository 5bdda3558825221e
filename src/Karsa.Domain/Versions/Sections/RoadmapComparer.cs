using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;

namespace Karsa.Domain.Versions.Sections;

/// <summary>
/// The adopted roadmap: how it was adopted (scenario, value, bound), then one item per programme whose
/// adopted start or quick-win status changed, in the newer plan's order (programmes only the older
/// plan had come last). A start of null reads as "not scheduled".
/// </summary>
public sealed class RoadmapComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "roadmap";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var (before, after) = (older.Roadmap, newer.Roadmap);
        var adoption = new FieldList(RoadmapRules.Path)
            .Value("adopted", Values.Flag(before is not null), Values.Flag(after is not null))
            .Value("scenario", Values.Code(before?.Scenario), Values.Code(after?.Scenario))
            .Value("value", Values.Number(before?.Value), Values.Number(after?.Value))
            .Value("bound", Values.Number(before?.Bound), Values.Number(after?.Bound))
            .ToItem("roadmap", string.Empty, null);
        if (adoption is not null)
        {
            yield return adoption;
        }

        var names = older.Programmes.Concat(newer.Programmes).GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.Last().Name);
        var codes = newer.Programmes.Select(p => p.Code).Concat(older.Programmes.Select(p => p.Code)).Distinct();
        foreach (var code in codes)
        {
            var change = new FieldList(RoadmapRules.Path.Field("programmes").Field(code.Value))
                .Value("adoptedStart", Values.Year(StartOf(before, code)), Values.Year(StartOf(after, code)))
                .Value("quickWin", Values.Flag(before?.QuickWins.Contains(code) ?? false), Values.Flag(after?.QuickWins.Contains(code) ?? false))
                .ToItem("programme", code.Value, names[code]);
            if (change is not null)
            {
                yield return change;
            }
        }
    }

    private static FiscalYear? StartOf(AdoptedRoadmap? roadmap, ProgrammeCode code) =>
        roadmap?.Programmes.FirstOrDefault(p => p.Programme == code)?.Start;
}
