using Karsa.Domain.Edits;
using Karsa.Domain.Plans;

namespace Karsa.Application.Plans;

/// <summary>
/// The domain edits that replace a whole keyed section of a plan (<c>budget</c>, <c>targets</c>) for
/// <see cref="DocumentEdits"/>: one set per entry of the new section, one removal per entry only the old one had.
/// </summary>
internal static class DocumentSectionEdits
{
    /// <summary>The <see cref="SetCeiling"/>s that turn <paramref name="before"/>'s ceilings into <paramref name="after"/>'s.</summary>
    public static IReadOnlyList<PlanEdit> Ceilings(MasterplanContent before, MasterplanContent after) =>
        [.. before.Ceilings.Where(old => !after.Ceilings.Any(c => c.Year == old.Year && c.Source == old.Source)).Select(old => new SetCeiling(old.Year, old.Source, null)),
            .. after.Ceilings.Select(c => new SetCeiling(c.Year, c.Source, c.Amount))];

    /// <summary>The <see cref="SetTarget"/>s that turn <paramref name="before"/>'s targets into <paramref name="after"/>'s.</summary>
    public static IReadOnlyList<PlanEdit> Targets(MasterplanContent before, MasterplanContent after) =>
        [.. before.Targets.Where(old => !after.Targets.Any(t => t.Indicator == old.Indicator && t.Year == old.Year)).Select(old => new SetTarget(old.Indicator, old.Year, null)),
            .. after.Targets.Select(t => new SetTarget(t.Indicator, t.Year, t.Value))];
}
