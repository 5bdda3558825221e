using Karsa.Domain.Agencies;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Edits;

/// <summary>
/// Sets an agency: <paramref name="Agency"/> in place of the agency with code <paramref name="Replacing"/>,
/// or after the others when that is null (or not listed). A code taken by another agency is reported
/// (KRS041) at <c>agencies[i].code</c>; a change of code while programmes still name the old one
/// (KRS047) at the same path.
/// </summary>
public sealed record SetAgency(Agency Agency, AgencyCode? Replacing = null) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        AgencyList.Keyed.Set(content, Replacing?.Value, Agency, problems);
}

/// <summary>
/// Removes the agency with code <paramref name="Code"/> (nothing to do when there is none). While a
/// programme still names it as lead or supporting agency the removal is refused (KRS047) at
/// <c>agencies[i]</c>, naming those programmes.
/// </summary>
public sealed record RemoveAgency(AgencyCode Code) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        AgencyList.Keyed.Remove(content, Code.Value, problems);

    /// <summary>Agencies after the removed one were one place further down before the edit.</summary>
    internal override string PathBefore(string path, MasterplanContent before) => AgencyList.Keyed.PathBefore(path, before, Code.Value);
}

/// <summary>The agencies as a keyed list: used by the programmes that lead or support with them.</summary>
internal static class AgencyList
{
    /// <summary>The list.</summary>
    public static KeyedList<Agency> Keyed { get; } = new("agencies", "code", c => c.Agencies, (c, items) => c with { Agencies = items },
        a => a.Code.Value, Users, Problems.AgencyInUse);

    private static IReadOnlyList<string> Users(MasterplanContent content, string code) =>
        [.. content.Programmes.Where(p => p.LeadAgency.Value == code || p.SupportingAgencies.Any(a => a.Value == code)).Select(p => p.Code.Value)];
}
