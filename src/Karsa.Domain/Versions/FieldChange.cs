using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Versions;

/// <summary>
/// One field of an item that differs between two versions, e.g. a programme's earliest start or its
/// APBD cost in 2025.
/// </summary>
/// <param name="Path">Where it is, in plan-file terms with items named by key, e.g. <c>programmes[LIV-04].costs.2025.apbd</c>.</param>
/// <param name="Field">The field's plan-file name, e.g. <c>earliestStart</c>, <c>costs</c>, <c>paragraph</c>.</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Old">The value in the older version; null when added or when it was not set.</param>
/// <param name="New">The value in the newer version; null when removed or when it is no longer set.</param>
public sealed record FieldChange(string Path, string Field, ChangeKind Kind, ChangeValue? Old, ChangeValue? New)
{
    /// <summary>The year the field is keyed by (a cost line, a ceiling, a target), if any.</summary>
    public FiscalYear? Year { get; init; }

    /// <summary>The funding source the field is keyed by (a cost line, a ceiling), if any.</summary>
    public FundingSource? Source { get; init; }

    /// <summary>The name of <see cref="Source"/> in the plans compared (the newer's, or the older's for a source it dropped).</summary>
    public LocalizedText? SourceName { get; init; }

    /// <summary>The key of an entry of a list or map field (an agency code, a criterion, a paragraph number), if any.</summary>
    public string? Key { get; init; }

    /// <summary>The display name of that entry (a criterion's or a district's name), when it has one.</summary>
    public LocalizedText? KeyName { get; init; }
}

/// <summary>The name of a funding source in two versions of a plan.</summary>
internal static class SourceNames
{
    /// <summary>The newer plan's name of <paramref name="source"/>, or the older's when the newer no longer knows it.</summary>
    public static LocalizedText Of(Plans.MasterplanContent older, Plans.MasterplanContent newer, FundingSource source) =>
        (newer.FundingSources.Knows(source) ? newer : older).FundingSources.Name(source);
}
