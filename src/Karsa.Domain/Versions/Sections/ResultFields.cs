using Karsa.Domain.Programmes;

namespace Karsa.Domain.Versions.Sections;

/// <summary>
/// A programme's outputs or outcomes compared: statements added or removed, and for a statement in both
/// versions its unit, its indicator and its yearly targets (e.g. <c>outcomeTarget</c> 2026 40 → 75).
/// </summary>
internal static class ResultFields
{
    /// <summary>Adds the changes of <paramref name="field"/> (<c>outputs</c> or <c>outcomes</c>) to <paramref name="fields"/>.</summary>
    public static FieldList Results(this FieldList fields, string field, IReadOnlyList<ProgrammeResult> older, IReadOnlyList<ProgrammeResult> newer)
    {
        var single = field.TrimEnd('s');
        fields.Entries(field, older, newer, Key, r => new TextValue(r.Statement), (r, f) => f with { Key = Key(r) });
        foreach (var pair in Matching.ByKey(older, newer, Key))
        {
            if (pair is { Old: { } a, New: { } b } && a != b)
            {
                var (key, name) = (Key(b), b.Statement);
                fields.Value(single + "Unit", Values.Code(a.Unit), Values.Code(b.Unit), key, name)
                    .Value(single + "Indicator", Values.Code(a.Indicator?.Value), Values.Code(b.Indicator?.Value), key, name)
                    .Entries(single + "Target", a.Targets, b.Targets, t => t.Year, t => new NumberValue(t.Value), (t, f) => f with
                    {
                        Year = t.Year,
                        Key = key,
                        KeyName = name,
                    });
            }
        }

        return fields;
    }

    private static string Key(ProgrammeResult result) => result.Statement.Indonesian;
}
