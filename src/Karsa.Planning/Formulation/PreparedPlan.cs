using Karsa.Domain.Budget;
using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;
using Karsa.Planning.Scoring;

namespace Karsa.Planning.Formulation;

/// <summary>
/// A masterplan turned into a <see cref="PlanningProblem"/>: item <c>i</c> is <c>Programmes[i]</c>.
/// Keeps what explanations need: scores, weights and the effective ceilings and horizon.
/// </summary>
/// <param name="Plan">The masterplan.</param>
/// <param name="Adjustments">The changes applied.</param>
/// <param name="Problem">The numbers the optimizer works on.</param>
/// <param name="Programmes">The programmes, by item index.</param>
/// <param name="Scores">Priority scores, by item index.</param>
/// <param name="Weights">The criteria weights used.</param>
/// <param name="Ceilings">The effective ceilings.</param>
public sealed record PreparedPlan(
    Masterplan Plan,
    PlanAdjustments Adjustments,
    PlanningProblem Problem,
    IReadOnlyList<Programme> Programmes,
    IReadOnlyList<ProgrammeScore> Scores,
    CriteriaWeights Weights,
    IReadOnlyList<BudgetCeiling> Ceilings);
