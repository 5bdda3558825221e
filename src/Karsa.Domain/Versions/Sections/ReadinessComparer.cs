using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Readiness;

namespace Karsa.Domain.Versions.Sections;

/// <summary>Readiness per dimension: pillar scores and narratives that changed (the texts themselves are summarised by readers).</summary>
public sealed class ReadinessComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "readiness";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer) =>
        Keyed.Items(older.Readiness, newer.Readiness, r => r.Dimension.Key(), "readiness.dimensions", "dimension", r => r.Dimension.Name(), (a, b, fields) => fields
            .Entries("score", a.Pillars, b.Pillars, p => p.Pillar, p => Values.Number(p.Score)!, Pillar)
            .Entries("pillarNarrative", [.. a.Pillars.Where(p => p.Narrative is not null)], [.. b.Pillars.Where(p => p.Narrative is not null)],
                p => p.Pillar, p => Values.Text(p.Narrative)!, Pillar)
            .Value("narrative", Values.Text(a.Narrative), Values.Text(b.Narrative)));

    private static FieldChange Pillar(PillarScore score, FieldChange change) => change with { Key = Values.Key(score.Pillar) };
}
