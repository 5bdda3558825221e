using Karsa.Domain.Budget;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Planning.Formulation;

/// <summary>
/// Changes applied on top of a masterplan before it is scheduled (what a scenario amounts to).
/// The plan itself is never changed.
/// </summary>
public sealed record PlanAdjustments
{
    /// <summary>No change.</summary>
    public static PlanAdjustments None { get; } = new();

    /// <summary>The ceilings to use instead of the plan's, when set.</summary>
    public ValueList<BudgetCeiling>? Ceilings { get; init; }

    /// <summary>Programmes that must be in.</summary>
    public ValueList<ProgrammeCode> ForceIn { get; init; }

    /// <summary>Programmes that must stay out.</summary>
    public ValueList<ProgrammeCode> ForceOut { get; init; }

    /// <summary>Criterion weights replaced.</summary>
    public ValueList<CriterionWeight> Weights { get; init; }

    /// <summary>A different last plan year (the horizon).</summary>
    public FiscalYear? LastYear { get; init; }
}
