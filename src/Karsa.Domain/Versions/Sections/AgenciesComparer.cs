using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>Agencies (OPD): added, removed, or changed in name, kind or capacity.</summary>
public sealed class AgenciesComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "agencies";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer) =>
        Keyed.Items(older.Agencies, newer.Agencies, a => a.Code.Value, "agencies", "agency", a => Values.Name(a.Name), (a, b, fields) => fields
            .Value("name", Values.Text(a.Name), Values.Text(b.Name))
            .Value("kind", Values.Code(a.Kind), Values.Code(b.Kind))
            .Value("capacity", Values.Number(a.Capacity), Values.Number(b.Capacity)));
}
