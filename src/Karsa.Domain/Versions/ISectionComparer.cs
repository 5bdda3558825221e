using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions;

/// <summary>
/// Compares one section of two plans. This is the extension point of <see cref="PlanComparison"/>: a
/// new section of the plan (e.g. the adopted roadmap) gets its own small comparer class, added in its
/// place in <see cref="PlanComparison.Sections"/>, and a wording for its key in the application layer.
/// </summary>
public interface ISectionComparer
{
    /// <summary>The section's stable key, used by readers and in JSON, e.g. <c>programmes</c>.</summary>
    string Section { get; }

    /// <summary>What differs in this section from <paramref name="older"/> to <paramref name="newer"/>, in the plan's order.</summary>
    IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer);
}
