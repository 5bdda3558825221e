using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Readiness;

namespace Karsa.Domain.Versions.Sections;

/// <summary>SWOT, one item per quadrant with the statements added and removed (a statement reworded in its place reads as changed).</summary>
public sealed class SwotComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "swot";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        foreach (var kind in Enum.GetValues<SwotKind>())
        {
            var key = Values.Key(kind);
            var fields = new FieldList("swot".Field(key));
            foreach (var (pair, change, number) in Matching.Differences(Of(older, kind), Of(newer, kind)))
            {
                var (old, @new) = (pair.Old, pair.New);
                fields.Add(new FieldChange("swot".Field(key).Item(number - 1), "statement", change, Statement(old), Statement(@new))
                {
                    Key = old?.Dimension?.Key() ?? @new?.Dimension?.Key(),
                });
            }

            if (fields.ToItem("quadrant", key, null) is { } item)
            {
                yield return item;
            }
        }
    }

    private static List<SwotItem> Of(MasterplanContent plan, SwotKind kind) => [.. plan.Swot.Where(s => s.Kind == kind)];

    private static ChangeValue? Statement(SwotItem? item) => item is null ? null : Values.Text(item.Text);
}
