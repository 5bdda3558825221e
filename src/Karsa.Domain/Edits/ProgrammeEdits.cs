using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Edits;

/// <summary>Adds <paramref name="Programme"/> after the last programme.</summary>
public sealed record AddProgramme(Programme Programme) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        content with { Programmes = content.Programmes.Append(Programme).ToValueList() };
}

/// <summary>
/// Replaces the programme with code <paramref name="Code"/> by <paramref name="Programme"/>, in its
/// place (the code may change; programmes that depend on the old code then break KRS031).
/// </summary>
public sealed record ChangeProgramme(ProgrammeCode Code, Programme Programme) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        ProgrammeList.Find(content, Code, problems) is { } index
            ? content with { Programmes = content.Programmes.Select((p, i) => i == index ? Programme : p).ToValueList() }
            : content;
}

/// <summary>
/// Removes the programme with code <paramref name="Code"/>. Programmes that still depend on it are
/// reported (KRS031) at their <c>dependsOn</c> item, scenarios naming it (KRS046) at theirs.
/// </summary>
public sealed record RemoveProgramme(ProgrammeCode Code) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        ProgrammeList.Find(content, Code, problems) is { } index
            ? content with { Programmes = content.Programmes.Where((_, i) => i != index).ToValueList() }
            : content;

    /// <summary>Programmes after the removed one were one place further down before the edit.</summary>
    internal override string PathBefore(string path, MasterplanContent before) =>
        ListPaths.Before(path, "programmes", ProgrammeList.IndexOf(before, Code));
}

/// <summary>Finds programmes by code for the programme edits.</summary>
internal static class ProgrammeList
{
    /// <summary>The index of the programme with <paramref name="code"/>, or -1.</summary>
    public static int IndexOf(MasterplanContent content, ProgrammeCode code) =>
        content.Programmes.FirstIndex(p => p.Code == code);

    /// <summary>The index of the programme with <paramref name="code"/>, or null after reporting KRS046 at <c>programmes</c>.</summary>
    public static int? Find(MasterplanContent content, ProgrammeCode code, ICollection<Diagnostic> problems)
    {
        var index = IndexOf(content, code);
        if (index >= 0)
        {
            return index;
        }

        problems.Add(Problems.UnknownProgramme(code.Value).Under("programmes"));
        return null;
    }
}
