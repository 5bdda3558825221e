using Karsa.Application.Monitoring;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage;
using Karsa.Storage.Monitoring;

namespace Karsa.Application.Progress;

/// <summary>
/// <see cref="IProgressFacts"/> over the stores of one database: the region's newest published plan,
/// its stored progress reports (through <see cref="ProgressScope"/>) and indicator observations.
/// </summary>
/// <param name="database">The database, as <c>--db</c> takes it.</param>
public sealed class ProgressFacts(string? database) : IProgressFacts
{
    /// <inheritdoc />
    public async Task<MonitoringFacts?> FactsAsync(RegionCode region, FiscalYear year, CancellationToken cancellationToken)
    {
        var result = await ProgressScope.WithAsync(database, region.Value, async scope =>
        {
            var scheduled = RunningIn(scope.Monitored, year).ToList();
            var quickWins = scope.Plan.Content.Roadmap?.QuickWins ?? [];
            var delivered = quickWins.Count(q => scope.History.Latest(q, year)?.Status.Meaning == ProgressMeaning.Completed);
            var onSchedule = scheduled.Count(p => ScheduleAssessment.Of(p, scope.History, year, ScheduleTolerances.Default).States.HasFlag(ScheduleState.OnSchedule));
            var realised = scope.Stored.Where(s => s.Report.Year == year).Sum(s => s.Report.Realised.Sum(r => r.Amount.Value));
            var planned = scope.Monitored.Programmes.Sum(p => p.Planned.Where(e => e.Key.Year == year).Sum(e => e.Value.Value));
            var indicators = scope.Plan.Content.Indicators.Select(i => (i.Framework, i.Code.Value)).ToHashSet();
            var observed = await ObservationStore.Open(DatabaseLocation.Parse(database))
                .ReadAsync(region, new ObservationQuery(From: new DateOnly(year.Value, 1, 1), To: new DateOnly(year.Value, 12, 31)), cancellationToken).ConfigureAwait(false);
            var reported = observed.Select(o => (o.Observation.Framework, o.Observation.Code)).Where(indicators.Contains).Distinct().Count();
            return Common.UseCaseResult.Success(new MonitoringFacts(delivered, quickWins.Count, onSchedule, scheduled.Count, realised, planned, reported, indicators.Count));
        }, cancellationToken).ConfigureAwait(false);
        return ValueOrNone(result);
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> AgenciesOwingAsync(RegionCode region, FiscalYear year, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var result = await ProgressScope.WithAsync<IReadOnlySet<string>>(database, region.Value, scope =>
        {
            var running = RunningIn(scope.Monitored, year).Select(p => p.Code).ToHashSet();
            var reported = scope.Stored.Where(s => s.Report.Year == year && s.ReportedAt >= since).Select(s => s.Report.Programme.Programme).ToHashSet();
            IReadOnlySet<string> owing = scope.Plan.Programmes.Where(p => running.Contains(p.Code) && !reported.Contains(p.Code))
                .Select(p => p.LeadAgency.Value).ToHashSet(StringComparer.Ordinal);
            return Task.FromResult(Common.UseCaseResult.Success(owing));
        }, cancellationToken).ConfigureAwait(false);
        return ValueOrNone(result) ?? new HashSet<string>();
    }

    /// <summary>
    /// The facts, or null when the region has nothing published to measure against; any other failure
    /// (an unreachable database) is thrown as a <see cref="StorageException"/>, so a caller reports it
    /// instead of taking it for "nothing to prefill" or "nothing owed".
    /// </summary>
    private static T? ValueOrNone<T>(Common.UseCaseResult<T> result)
        where T : class =>
        result.Succeeded ? result.Value
        : result.Error.Kind == Common.FailureKind.NotFound ? null
        : throw new StorageException(result.Error.Message);

    private static IEnumerable<ProgrammePlan> RunningIn(MonitoredPlan plan, FiscalYear year) =>
        plan.Programmes.Where(p => p.Start is { } start && p.End is { } end && start <= year && year <= end);
}
