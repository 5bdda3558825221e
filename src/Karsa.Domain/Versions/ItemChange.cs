using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions;

/// <summary>
/// One thing of a plan that differs between two versions: a programme, a year's ceilings, a mission, a
/// narrative section, ... Whole values (a mission's text, a removed programme's total cost) are in
/// <see cref="Old"/> and <see cref="New"/>; field-by-field differences of a changed item in <see cref="Fields"/>.
/// </summary>
/// <param name="Subject">What kind of thing it is, e.g. <c>programme</c>, <c>mission</c>, <c>year</c>.</param>
/// <param name="Key">Which one: a code, a year, a number or a key, e.g. <c>LIV-04</c>.</param>
/// <param name="Path">Where it is, in plan-file terms with items named by key, e.g. <c>programmes[LIV-04]</c>.</param>
/// <param name="Kind">Added, removed or changed.</param>
public sealed record ItemChange(string Subject, string Key, string Path, ChangeKind Kind)
{
    /// <summary>Its display name (in the newer version when it has one), e.g. a programme's name.</summary>
    public LocalizedText? Name { get; init; }

    /// <summary>Its whole value or summary in the older version (e.g. a removed programme's total cost).</summary>
    public ChangeValue? Old { get; init; }

    /// <summary>Its whole value or summary in the newer version.</summary>
    public ChangeValue? New { get; init; }

    /// <summary>The fields that differ, in the plan file's order.</summary>
    public ValueList<FieldChange> Fields { get; init; }
}
