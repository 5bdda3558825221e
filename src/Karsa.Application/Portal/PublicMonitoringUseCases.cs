using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Application.Indicators;
using Karsa.Application.Progress;
using Karsa.Storage.Caching;

namespace Karsa.Application.Portal;

/// <summary>What a public plan page shows of the plan being carried out; only published data.</summary>
/// <param name="Indicators">The published plan's indicator status; null when it cannot be measured.</param>
/// <param name="Progress">The published plan's progress per dimension this year; null when it cannot be measured.</param>
/// <param name="Evaluation">The region's newest published evaluation (its result is null when none is published).</param>
public sealed record PublicMonitoring(IndicatorDashboard? Indicators, PublicProgress? Progress, LatestEvaluation Evaluation);

/// <summary>
/// The public portal's view of a region's monitoring and evaluation: indicator status, progress bars and
/// the latest published evaluation, and a stamp that changes whenever any of them may have changed
/// (for the published page cache).
/// </summary>
public static class PublicMonitoringUseCases
{
    /// <summary>The indicator status on <paramref name="asOf"/>, this year's progress and the latest evaluation of <paramref name="region"/>.</summary>
    public static Task<UseCaseResult<PublicMonitoring>> OfAsync(string? database, string region, DateOnly asOf, CancellationToken cancellationToken = default) =>
        PortalUseCases.WithRegion(region, async code =>
        {
            var evaluation = await ResultUseCases.LatestAsync(database, code, cancellationToken).ConfigureAwait(false);
            if (!evaluation.Succeeded)
            {
                return evaluation.Error;
            }

            var indicators = await IndicatorUseCases.DashboardAsync(database, region, asOf, cancellationToken: cancellationToken).ConfigureAwait(false);
            var progress = await ProgressUseCases.PublicAsync(database, region, null, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new PublicMonitoring(indicators.Value, progress.Value, evaluation.Value));
        });

    /// <summary>
    /// A text that changes whenever <paramref name="region"/>'s observations, progress reports, progress
    /// settings or published evaluation results change: three indexed aggregates over the region's rows,
    /// kept as a <see cref="RecentReads"/> fact.
    /// </summary>
    public static Task<UseCaseResult<string>> StampAsync(string? database, string region, CancellationToken cancellationToken = default) =>
        PortalUseCases.WithRegion(region, code => EvaluationStores.WithStoreAsync(database, async evaluations =>
            UseCaseResult.Success(await RecentReads.GetRefreshingAsync(evaluations.Location, $"monitoring:{code}", async token =>
            {
                var observations = await ObservationAccess.Of(database).LastRecordedAsync(code, token).ConfigureAwait(false);
                var progress = await ProgressStores.For(evaluations.Location).ChangeStampAsync(code, token).ConfigureAwait(false);
                var results = await evaluations.ResultsStampAsync(code, token).ConfigureAwait(false);
                return $"{observations}|{progress}|{results}";
            }, cancellationToken).ConfigureAwait(false)), cancellationToken));
}
