using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>Named what-if scenarios: added, removed, or changed (their description, or their rules as a whole).</summary>
public sealed class ScenariosComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "scenarios";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer) =>
        Keyed.Items(older.Scenarios, newer.Scenarios, s => s.Name, "scenarios", "scenario", s => s.Description, (a, b, fields) => fields
            .Value("description", Values.Text(a.Description), Values.Text(b.Description))
            .Value("lastYear", Values.Year(a.LastYear), Values.Year(b.LastYear))
            .Differs("rules", a.ScaleCeilings != b.ScaleCeilings || a.SetCeilings != b.SetCeilings || a.ForceIn != b.ForceIn
                || a.ForceOut != b.ForceOut || a.Weights != b.Weights));
}
