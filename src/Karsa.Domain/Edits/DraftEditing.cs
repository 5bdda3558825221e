using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Edits;

/// <summary>
/// Editing a stored version as a front door meets it: the edits apply when it is a draft; a published
/// version refuses them with KRS058 (a new draft starts from it through the version lifecycle).
/// </summary>
public static class DraftEditing
{
    /// <summary>Applies <paramref name="edits"/> (all or none) to <paramref name="plan"/> when it is a draft.</summary>
    public static EditResult EditDraft(this Masterplan plan, IEnumerable<PlanEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.AsDraft() is { } draft
            ? draft.Apply(edits)
            : EditResult.Refused([Problems.PublishedIsFrozen(plan.Content.Version).Under("state")]);
    }
}
