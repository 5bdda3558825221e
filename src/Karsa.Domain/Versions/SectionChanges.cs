using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions;

/// <summary>The differences within one section of the plan, in the plan's order; empty when the section is unchanged.</summary>
/// <param name="Section">The section's stable key, e.g. <c>programmes</c>, <c>ceilings</c>.</param>
/// <param name="Items">What differs in it.</param>
public sealed record SectionChanges(string Section, ValueList<ItemChange> Items)
{
    /// <summary>True when nothing in the section differs.</summary>
    public bool IsUnchanged => Items.Count == 0;
}
