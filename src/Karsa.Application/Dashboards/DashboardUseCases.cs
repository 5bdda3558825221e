using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Application.Portal;
using Karsa.Storage;

namespace Karsa.Application.Dashboards;

/// <summary>A region's dashboard: the overview of a version (the region's list of versions is <see cref="DashboardUseCases.VersionsAsync"/>).</summary>
/// <param name="Overview">The version shown (the newest, a draft included).</param>
/// <param name="Indicators">The indicator status of the newest published plan, when asked for and there is one.</param>
public sealed record RegionDashboard(PlanOverview Overview, Indicators.IndicatorDashboard? Indicators = null)
{
    /// <summary>Progress per dimension of the newest published plan this year; null when none is published (or it cannot be measured).</summary>
    public Progress.PublicProgress? Progress { get; init; }

    /// <summary>The region's newest published evaluation (its result is null when none is published).</summary>
    public Evaluation.LatestEvaluation? Evaluation { get; init; }
}

/// <summary>
/// The region dashboard's use case (for users who may read the region's drafts): programmes per
/// dimension and term, spending per year by source against the ceilings, quick wins and readiness,
/// all from the adopted roadmap of the version shown. A warm dashboard costs at most one small query
/// (the version's head; none on PostgreSQL while the version feed runs); the overview is cached under its hash.
/// </summary>
public static class DashboardUseCases
{
    /// <summary>
    /// The dashboard of <paramref name="version"/> (the newest when null) of <paramref name="region"/>, with
    /// the published plan's indicator status on <paramref name="indicatorsAsOf"/> when given.
    /// </summary>
    public static Task<UseCaseResult<RegionDashboard>> RegionAsync(string? database, string region, int? version = null, DateOnly? indicatorsAsOf = null,
        CancellationToken cancellationToken = default) =>
        PortalUseCases.WithRegion(region, code => StoreAccess.WithSharedStoreAsync(database, async store =>
        {
            if (await store.HeadAsync(code, version, cancellationToken).ConfigureAwait(false) is not { } head)
            {
                return DashboardLookup.NotFound(code, version);
            }

            var overview = await PlanOverviews.OfAsync(store, code, head, cancellationToken).ConfigureAwait(false);
            var indicators = indicatorsAsOf is { } asOf
                ? await Indicators.IndicatorUseCases.OfPublishedAsync(store, database, code, asOf, cancellationToken).ConfigureAwait(false)
                : null;
            var progress = await Progress.ProgressUseCases.PublicAsync(database, region, null, cancellationToken).ConfigureAwait(false);
            var evaluation = await Evaluation.ResultUseCases.LatestAsync(database, code, cancellationToken).ConfigureAwait(false);
            return evaluation.Succeeded
                ? UseCaseResult.Success(new RegionDashboard(overview, indicators) { Progress = progress.Value, Evaluation = evaluation.Value })
                : evaluation.Error;
        }, cancellationToken));

    /// <summary>Every version of <paramref name="region"/>, newest first; not found when it has none.</summary>
    public static Task<UseCaseResult<IReadOnlyList<PlanVersionSummary>>> VersionsAsync(string? database, string region, CancellationToken cancellationToken = default) =>
        PortalUseCases.WithRegion(region, code => StoreAccess.WithSharedStoreAsync<IReadOnlyList<PlanVersionSummary>>(database, async store =>
        {
            var versions = await store.VersionsAsync(code, cancellationToken).ConfigureAwait(false);
            return versions.Count == 0 ? DashboardLookup.NotFound(code, null) : UseCaseResult.Success(versions);
        }, cancellationToken));
}
