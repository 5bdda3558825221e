using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Reports;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>
/// Where one programme stands against the adopted roadmap as of a fiscal year: every flag that holds,
/// one headline, the progress expected and reported, and the money per funding source. The rules, each
/// with a worked example, are in docs/monitoring/progress.md:
/// <list type="bullet">
/// <item>not scheduled: the roadmap does not run it (nothing else is judged);</item>
/// <item>cancelled / completed: its latest report up to the year says so;</item>
/// <item>not yet due: the year is before its adopted start;</item>
/// <item>not started: from its start year on, no report up to the year, or the latest says not started;</item>
/// <item>late: started, and progress &lt; expected - tolerance, where expected =
/// <c>100 * (year - start + 1) / duration</c> (100 from its last year on); after its last year any
/// unfinished programme is late;</item>
/// <item>on schedule: started and not late; stalled: the latest report says so;</item>
/// <item>over / under budget: from its start year on, some source's realised money up to the year
/// strays from the planned money up to the year by more than the tolerance (see <see cref="BudgetLine"/>).</item>
/// </list>
/// The headline is the first flag that holds in the order not scheduled, cancelled, completed, not yet
/// due, not started, late, stalled, over budget, under budget, on schedule.
/// </summary>
/// <param name="Programme">The programme.</param>
/// <param name="AsOf">The fiscal year judged.</param>
/// <param name="States">Every state that holds.</param>
/// <param name="Headline">The one flag to show first.</param>
/// <param name="ExpectedPercent">The linear share of its run due by the end of the year; null when not judged.</param>
/// <param name="ReportedPercent">Its cumulative progress as of the year.</param>
/// <param name="Budget">Planned against realised money per source up to the year; empty when not judged.</param>
public sealed record ScheduleAssessment(ProgrammeCode Programme, FiscalYear AsOf, ScheduleState States, ScheduleState Headline,
    decimal? ExpectedPercent, decimal ReportedPercent, ValueList<BudgetLine> Budget)
{
    private static readonly ScheduleState[] HeadlineOrder =
    [
        ScheduleState.NotScheduled, ScheduleState.Cancelled, ScheduleState.Completed, ScheduleState.NotYetDue, ScheduleState.NotStarted,
        ScheduleState.Late, ScheduleState.Stalled, ScheduleState.OverBudget, ScheduleState.UnderBudget, ScheduleState.OnSchedule,
    ];

    /// <summary>Every programme of the plan, in its order.</summary>
    public static IReadOnlyList<ScheduleAssessment> ForAll(MonitoredPlan plan, ReportHistory reports, FiscalYear asOf, ScheduleTolerances? tolerances = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Programmes.Select(p => Of(p, reports, asOf, tolerances ?? ScheduleTolerances.Default))];
    }

    /// <summary>One programme.</summary>
    public static ScheduleAssessment Of(ProgrammePlan programme, ReportHistory reports, FiscalYear asOf, ScheduleTolerances tolerances)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(tolerances);
        var latest = reports.Latest(programme.Code, asOf);
        var reported = latest?.Percent ?? 0m;
        if (programme.Start is not { } start || programme.End is not { } end)
        {
            return Made(ScheduleState.NotScheduled, null);
        }

        var meaning = latest?.Status.Meaning;
        if (meaning == ProgressMeaning.Cancelled)
        {
            return Made(ScheduleState.Cancelled, null);
        }

        if (asOf < start)
        {
            return Made(meaning == ProgressMeaning.Completed ? ScheduleState.Completed : ScheduleState.NotYetDue, null);
        }

        var expected = asOf >= end ? 100m : 100m * (asOf.YearsSince(start) + 1) / programme.DurationYears;
        var budget = BudgetOf(programme, reports, asOf, tolerances.BudgetPercent);
        var flags = Progress(meaning, reported, expected, asOf > end, tolerances.ProgressPoints)
            | (budget.Any(b => b.State == BudgetState.Over) ? ScheduleState.OverBudget : ScheduleState.None)
            | (budget.Any(b => b.State == BudgetState.Under) ? ScheduleState.UnderBudget : ScheduleState.None);
        return Made(flags, expected, budget);

        ScheduleAssessment Made(ScheduleState states, decimal? due, ValueList<BudgetLine> lines = default) =>
            new(programme.Code, asOf, states, HeadlineOrder.First(s => states.HasFlag(s)), due, reported, lines);
    }

    private static ScheduleState Progress(ProgressMeaning? meaning, decimal reported, decimal expected, bool pastEnd, decimal tolerance) => meaning switch
    {
        ProgressMeaning.Completed => ScheduleState.Completed,
        null or ProgressMeaning.NotStarted => ScheduleState.NotStarted,
        _ => (pastEnd || reported < expected - tolerance ? ScheduleState.Late : ScheduleState.OnSchedule)
            | (meaning == ProgressMeaning.Stalled ? ScheduleState.Stalled : ScheduleState.None),
    };

    private static ValueList<BudgetLine> BudgetOf(ProgrammePlan programme, ReportHistory reports, FiscalYear asOf, decimal tolerance)
    {
        var planned = programme.PlannedUpTo(asOf);
        var realised = reports.RealisedUpTo(programme.Code, asOf);
        return [.. planned.Keys.Union(realised.Keys).Order(StringComparer.Ordinal)
            .Select(source => BudgetLine.Of(source, planned.GetValueOrDefault(source), realised.GetValueOrDefault(source), tolerance))];
    }
}
