using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>
/// How far a programme may fall behind before it counts as late (percentage points of progress) and
/// how far realised money may stray from the plan before a budget flag (percent of the planned amount).
/// Invariant: both within 0..100; 10 each by default.
/// </summary>
public sealed record ScheduleTolerances
{
    /// <summary>Creates tolerances (problems at <c>progressPoints</c> or <c>budgetPercent</c>).</summary>
    public ScheduleTolerances(decimal progressPoints = 10m, decimal budgetPercent = 10m)
    {
        ProgressPoints = Reports.ProgressFields.Percent(progressPoints, new LocalizedText("toleransi kemajuan", "progress tolerance"), "progressPoints");
        BudgetPercent = Reports.ProgressFields.Percent(budgetPercent, new LocalizedText("toleransi anggaran", "budget tolerance"), "budgetPercent");
    }

    /// <summary>10 points of progress, 10 % of budget.</summary>
    public static ScheduleTolerances Default { get; } = new();

    /// <summary>Percentage points of progress a programme may lag its linear share.</summary>
    public decimal ProgressPoints { get; }

    /// <summary>Percent of the planned amount realised money may stray by.</summary>
    public decimal BudgetPercent { get; }
}
