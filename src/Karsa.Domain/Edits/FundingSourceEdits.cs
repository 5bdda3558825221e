using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Edits;

/// <summary>
/// Sets a funding source the plan adds to the national defaults: <paramref name="Definition"/> in place
/// of the addition with key <paramref name="Replacing"/>, or after the others when that is null (or not
/// listed). A key that is a default's or another addition's is refused (KRS147) at
/// <c>fundingSources[i].key</c>; a change of key while cost lines, ceilings or scenarios still name the
/// old one is refused (KRS146) where each names it.
/// </summary>
public sealed record SetFundingSource(FundingSourceDefinition Definition, FundingSource? Replacing = null) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems)
    {
        var edited = FundingSourceList.Keyed.Set(content, Replacing?.Key, Definition, problems);
        if (Replacing is { } old && old != Definition.Source)
        {
            FundingSourceList.RequirePatternsKnow(edited, old, problems);
        }

        return edited;
    }
}

/// <summary>
/// Removes the funding source with <paramref name="Source"/> that the plan added (nothing to do when it
/// added none; a national default cannot be removed). While a cost line, ceiling, scenario or financing
/// pattern still names it the removal is refused (KRS146) where each names it.
/// </summary>
public sealed record RemoveFundingSource(FundingSource Source) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems)
    {
        var edited = FundingSourceList.Keyed.Remove(content, Source.Key, problems);
        FundingSourceList.RequirePatternsKnow(edited, Source, problems);
        return edited;
    }

    /// <summary>Additions after the removed one were one place further down before the edit.</summary>
    internal override string PathBefore(string path, MasterplanContent before) => FundingSourceList.Keyed.PathBefore(path, before, Source.Key);
}

/// <summary>
/// The plan's own funding sources as a keyed list, by key. Cost lines, ceilings and scenarios naming a
/// source the plan no longer knows are the plan rules' KRS146; financing patterns, which those rules do
/// not read, are checked here.
/// </summary>
internal static class FundingSourceList
{
    /// <summary>The list.</summary>
    public static KeyedList<FundingSourceDefinition> Keyed { get; } = new("fundingSources", "key", c => c.FundingSources.Additions,
        (c, items) => c with { FundingSources = new FundingSourceCatalog(items) }, d => d.Source.Key);

    /// <summary>
    /// When a financing pattern names <paramref name="source"/> and <paramref name="content"/> does not
    /// know it: KRS146 at <c>sections.financing.patterns.KEY</c>, with every other place the plan rules
    /// find naming a source the plan does not know, so a refusal lists every user at once.
    /// </summary>
    public static void RequirePatternsKnow(MasterplanContent content, FundingSource source, ICollection<Diagnostic> problems)
    {
        var catalogue = content.FundingSources;
        if (catalogue.Knows(source) || content.Sections.Financing?.Patterns.Any(p => p.Source == source) != true)
        {
            return;
        }

        var others = new List<Diagnostic>();
        FundingSourceRules.Check(content, others);
        foreach (var problem in others.Where(p => p.Code == "KRS146"))
        {
            problems.Add(problem);
        }

        problems.Add(Problems.UnknownFundingSource(source.Key, catalogue.Keys).Under("sections.financing.patterns".Field(source.Key)));
    }
}
