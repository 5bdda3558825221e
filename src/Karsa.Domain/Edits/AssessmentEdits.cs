using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Readiness;

namespace Karsa.Domain.Edits;

/// <summary>
/// Sets the readiness of <paramref name="Assessment"/>'s dimension, in its place or after the others
/// when new. A score off the plan's readiness scale is reported (KRS016) at
/// <c>readiness.dimensions.DIMENSION.PILLAR.score</c>.
/// </summary>
public sealed record SetReadiness(ReadinessAssessment Assessment) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        content with { Readiness = ListEdits.Put(content.Readiness, Assessment, r => r.Dimension == Assessment.Dimension) };
}

/// <summary>Removes the readiness assessment of <paramref name="Dimension"/> (nothing to do when there is none).</summary>
public sealed record ClearReadiness(Dimension Dimension) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        content with { Readiness = ListEdits.Put<ReadinessAssessment>(content.Readiness, null, r => r.Dimension == Dimension) };
}

/// <summary>
/// Replaces the SWOT items of quadrant <paramref name="Kind"/> (paths <c>swot.strengths[i]</c>, ...),
/// leaving the other quadrants as they are. Items of another quadrant are reported (KRS005) at their path.
/// </summary>
public sealed record SetSwot(SwotKind Kind, ValueList<SwotItem> Items) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems)
    {
        var quadrant = Kind switch
        {
            SwotKind.Strength => "swot.strengths",
            SwotKind.Weakness => "swot.weaknesses",
            SwotKind.Opportunity => "swot.opportunities",
            _ => "swot.threats",
        };
        var misplaced = Enumerable.Range(0, Items.Count).Where(i => Items[i].Kind != Kind).ToList();
        foreach (var i in misplaced)
        {
            problems.Add(Problems.WrongType($"an item of {quadrant}", Items[i].Kind.ToString()).Under(quadrant.Item(i)));
        }

        if (misplaced.Count > 0)
        {
            return content;
        }

        var others = content.Swot.Where(s => s.Kind != Kind).ToList();
        var first = content.Swot.FirstIndex(s => s.Kind == Kind);
        var at = first >= 0 ? content.Swot.Take(first).Count(s => s.Kind != Kind) : others.FindLastIndex(s => s.Kind < Kind) + 1;
        others.InsertRange(at, Items);
        return content with { Swot = others.ToValueList() };
    }
}
