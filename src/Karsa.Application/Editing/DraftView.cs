using Karsa.Domain.Plans;
using Karsa.Storage;

namespace Karsa.Application.Editing;

/// <summary>The newest version of a region's plan as the editor shows it, with the token its forms carry.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Summary">Its storage facts: version, state, token, who saved it last.</param>
public sealed record DraftView(Masterplan Plan, PlanVersionSummary Summary)
{
    /// <summary>True when the newest version is a draft (else it is published and frozen).</summary>
    public bool IsDraft => Summary.State == PlanState.Draft;

    /// <summary>The concurrency token an edit must be based on.</summary>
    public string Token => Summary.Token;
}
