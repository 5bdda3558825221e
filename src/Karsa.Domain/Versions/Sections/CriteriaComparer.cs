using System.Globalization;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>Scoring criteria (name, weight, sense) and the AHP pairwise judgements between them.</summary>
public sealed class CriteriaComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "criteria";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        var criteria = Keyed.Items(older.Criteria, newer.Criteria, c => c.Code.Value, "criteria.items", "criterion", c => c.Name, (a, b, fields) => fields
            .Value("name", Values.Text(a.Name), Values.Text(b.Name))
            .Value("weight", Values.Number(a.Weight), Values.Number(b.Weight))
            .Value("sense", Values.Code(a.Sense), Values.Code(b.Sense)));
        var judgements = new FieldList("criteria.comparisons")
            .Entries("comparison", older.CriteriaComparisons, newer.CriteriaComparisons, p => (p.More, p.Less), p => Values.Number(p.Ratio)!, (p, f) => f with
            {
                Path = "criteria.comparisons",
                Key = string.Create(CultureInfo.InvariantCulture, $"{p.More.Value}/{p.Less.Value}"),
            })
            .ToItem("comparisons", "comparisons", null);
        return judgements is null ? criteria : criteria.Append(judgements);
    }
}
