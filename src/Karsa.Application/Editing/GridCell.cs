using Karsa.Domain.Edits;

namespace Karsa.Application.Editing;

/// <summary>One cell of an editable grid (ceilings, targets): its field, the stored value and the edit a typed value makes.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Field">The field name (plan path).</param>
/// <param name="Stored">The stored value; null when there is none.</param>
/// <param name="Edit">The edit that sets the typed value (null: removes it).</param>
internal sealed record GridCell<T>(string Field, T? Stored, Func<T?, PlanEdit> Edit)
    where T : struct
{
    /// <summary>
    /// The edits of the <paramref name="cells"/> whose typed value (read by <paramref name="parse"/>)
    /// differs from the stored one, or the problems of the values that cannot be read.
    /// </summary>
    public static FormEdits Changes(FieldReader read, IEnumerable<GridCell<T>> cells, Func<string, T?> parse)
    {
        var edits = new List<PlanEdit>();
        foreach (var cell in cells)
        {
            var typed = parse(cell.Field);
            var unreadable = typed is null && read.Fields.Text(cell.Field) is not null;
            if (!unreadable && !Nullable.Equals(typed, cell.Stored))
            {
                edits.Add(cell.Edit(typed));
            }
        }

        return read.Problems.Count > 0 ? FormEdits.Refused(read.Problems) : new FormEdits(edits, []);
    }
}
