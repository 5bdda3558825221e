using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;

namespace Karsa.Application.Editing;

/// <summary>
/// Rows of a form that lists parts (dependencies, SWOT items, strategies): the stored parts and a few
/// blank rows to add more; a row left blank adds nothing.
/// </summary>
public static class FormRows
{
    /// <summary>The blank rows offered after the stored ones.</summary>
    public const int Blank = 2;

    /// <summary>How many rows a list of <paramref name="stored"/> parts shows.</summary>
    public static int Count(int stored) => stored + Blank;

    /// <summary>True when every one of <paramref name="rowFields"/> is blank.</summary>
    public static bool IsBlank(FormFields fields, IEnumerable<string> rowFields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return rowFields.All(f => fields.Text(f) is null);
    }

    /// <summary>A dimension typed at <paramref name="path"/> (null when blank; a problem when unknown).</summary>
    internal static Dimension? OptionalDimension(FieldReader read, string path) =>
        read.Fields.Text(path) is null ? null : read.Key<Dimension>(path, Dimensions.TryParse, Problems.UnknownDimension);
}
