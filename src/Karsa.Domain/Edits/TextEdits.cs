using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Edits;

/// <summary>Sets the smart city vision, or removes it when null (path <c>vision</c>).</summary>
public sealed record SetVision(LocalizedText? Vision) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        content with { Vision = Vision };
}

/// <summary>Replaces the missions, in order (paths <c>missions[i]</c>).</summary>
public sealed record SetMissions(ValueList<LocalizedText> Missions) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        content with { Missions = Missions };
}

/// <summary>Replaces the strategies, in order (paths <c>strategies[i]</c>).</summary>
public sealed record SetStrategies(ValueList<Strategy> Strategies) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        content with { Strategies = Strategies };
}

/// <summary>
/// Sets the narrative section <paramref name="Key"/> (e.g. <c>background</c>) to <paramref name="Markdown"/>,
/// in its place or after the others when new, or removes it when null. A blank key is reported
/// (KRS007) at <c>narratives</c>.
/// </summary>
public sealed record SetNarrative(string Key, LocalizedText? Markdown) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(Key))
        {
            problems.Add(Problems.EmptyText().Under("narratives"));
            return content;
        }

        var section = Markdown is null ? null : new NarrativeSection(Key, Markdown);
        return content with { Narratives = ListEdits.Put(content.Narratives, section, n => string.Equals(n.Key, Key, StringComparison.Ordinal)) };
    }
}
