using Karsa.Domain.Primitives;

namespace Karsa.Application.Monitoring;

/// <summary>
/// What a region's stored progress reports and indicator observations say, for the use cases that do
/// not own them: the evaluation's prefilled scores and the reporting calendar's reminders. One
/// implementation reads the stores; tests may stand in their own.
/// </summary>
public interface IProgressFacts
{
    /// <summary>The region's measured facts for <paramref name="year"/> against its newest published plan; null when it has none. A database failure is thrown, never taken for "none".</summary>
    Task<MonitoringFacts?> FactsAsync(RegionCode region, FiscalYear year, CancellationToken cancellationToken);

    /// <summary>
    /// The codes of the agencies that lead at least one programme of the region's newest published plan
    /// scheduled in <paramref name="year"/> and have not reported on all of them for that year since
    /// <paramref name="since"/>. Empty when nothing is owed or the region has no published plan.
    /// </summary>
    Task<IReadOnlySet<string>> AgenciesOwingAsync(RegionCode region, FiscalYear year, DateTimeOffset since, CancellationToken cancellationToken);
}

/// <summary>Counts and sums measured in a region's own data for one fiscal year; every total may be zero.</summary>
/// <param name="QuickWinsDelivered">Quick wins reported completed.</param>
/// <param name="QuickWins">Quick wins in the published plan.</param>
/// <param name="ProgrammesOnSchedule">Programmes scheduled in the year whose schedule state is on schedule.</param>
/// <param name="ProgrammesScheduled">Programmes the adopted roadmap schedules in the year.</param>
/// <param name="RealisedRupiah">Money realised in the year, all sources.</param>
/// <param name="PlannedRupiah">Money the adopted roadmap plans for the year, all sources.</param>
/// <param name="IndicatorsReported">Indicators of the plan with at least one observation in the year.</param>
/// <param name="Indicators">Indicators of the plan.</param>
public sealed record MonitoringFacts(
    int QuickWinsDelivered, int QuickWins,
    int ProgrammesOnSchedule, int ProgrammesScheduled,
    long RealisedRupiah, long PlannedRupiah,
    int IndicatorsReported, int Indicators);
