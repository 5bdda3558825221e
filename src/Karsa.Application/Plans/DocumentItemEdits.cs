using Karsa.Domain.Diagnostics;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Plans;

/// <summary>
/// A list of the plan that <see cref="DocumentEdits"/> addresses item by item (<c>agencies[BAPPEDA]</c>):
/// the field that keys its items in the plan file, and the domain edits that add, change or remove one.
/// </summary>
/// <param name="KeyField">The item's key field in the plan file (<c>code</c>, <c>name</c>).</param>
/// <param name="Keys">The items' keys in a plan, in order.</param>
/// <param name="Unknown">The problem of a key the list does not have.</param>
/// <param name="Set">The edit that puts the item at an index of the patched plan in place of the item with a key (null: adds it).</param>
/// <param name="Remove">The edit that removes the item with a key.</param>
internal sealed record DocumentItemEdits(
    string KeyField,
    Func<MasterplanContent, IReadOnlyList<string>> Keys,
    Func<string, Diagnostic> Unknown,
    Func<MasterplanContent, int, string?, PlanEdit> Set,
    Func<string, PlanEdit> Remove)
{
    /// <summary>The lists by their plan-file name.</summary>
    public static IReadOnlyDictionary<string, DocumentItemEdits> Lists { get; } = new Dictionary<string, DocumentItemEdits>(StringComparer.Ordinal)
    {
        ["programmes"] = new("code", c => [.. c.Programmes.Select(p => p.Code.Value)], Problems.UnknownProgramme,
            (c, i, key) => key is null ? new AddProgramme(c.Programmes[i]) : new ChangeProgramme(new ProgrammeCode(key), c.Programmes[i]),
            key => new RemoveProgramme(new ProgrammeCode(key))),
        ["agencies"] = new("code", c => [.. c.Agencies.Select(a => a.Code.Value)], Problems.UnknownAgency,
            (c, i, key) => new SetAgency(c.Agencies[i], key is null ? null : new AgencyCode(key)), key => new RemoveAgency(new AgencyCode(key))),
        ["indicators"] = new("code", c => [.. c.Indicators.Select(x => x.Code.Value)], Problems.UnknownIndicator,
            (c, i, key) => new SetIndicator(c.Indicators[i], key is null ? null : new IndicatorCode(key)), key => new RemoveIndicator(new IndicatorCode(key))),
        ["scenarios"] = new("name", c => [.. c.Scenarios.Select(s => s.Name)], name => Problems.UnknownField(name, []),
            (c, i, key) => new SetScenario(c.Scenarios[i], key), key => new RemoveScenario(key)),
        ["fundingSources"] = new("key", c => [.. c.FundingSources.Additions.Select(d => d.Source.Key)], key => Problems.UnknownField(key, []),
            (c, i, key) => new SetFundingSource(c.FundingSources.Additions[i], key is null ? null : new FundingSource(key)),
            key => new RemoveFundingSource(new FundingSource(key))),
    };

    /// <summary>
    /// The edit for the item keyed <paramref name="key"/> as <paramref name="content"/> (the patched plan)
    /// has it: it was at <paramref name="index"/> before the patch (-1: it did not exist, so a set added it
    /// last); a removal or a field of an item that did not exist is the <see cref="Unknown"/> problem.
    /// </summary>
    public (IReadOnlyList<PlanEdit> Edits, Diagnostic? Problem) Edit(MasterplanContent content, string key, int index, bool removed, bool field)
    {
        if (index < 0)
        {
            return removed || field ? ([], Unknown(key)) : ([Set(content, Keys(content).Count - 1, null)], null);
        }

        return removed && !field ? ([Remove(key)], null) : ([Set(content, index, key)], null);
    }
}
