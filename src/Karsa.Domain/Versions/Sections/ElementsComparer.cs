using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>The region's own elements: added, removed, or renamed or moved to another dimension.</summary>
public sealed class ElementsComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "elements";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer) =>
        Keyed.Items(older.OwnElements, newer.OwnElements, e => e.Code.Value, "elements", "element", e => e.Name, (a, b, fields) => fields
            .Value("name", Values.Text(a.Name), Values.Text(b.Name))
            .Value("dimension", Values.Code(a.Dimension), Values.Code(b.Dimension)));
}
