using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Application.Portal;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Monitoring.Indicators;
using Karsa.Storage;
using Karsa.Storage.Monitoring;

namespace Karsa.Application.Indicators;

/// <summary>
/// A region's indicators in use: importing observations from CSV (all or nothing), the indicator
/// dashboard of its newest published plan, and the observations as CSV. Who may import is decided by
/// <see cref="Access.AccessPolicy"/> (<see cref="Access.Permission.RecordObservations"/>) at the front door.
/// </summary>
public static class IndicatorUseCases
{
    /// <summary>
    /// Imports <paramref name="import"/> into its region at <paramref name="now"/>: every line must be of
    /// that region (KRS165) and name an indicator of the region's newest plan or of the catalogue (KRS166);
    /// any wrong line writes nothing and every problem is given at file:line:column.
    /// </summary>
    public static Task<UseCaseResult<ObservationImportOutcome>> ImportAsync(string? database, ObservationImport import, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(import);
        return PortalUseCases.WithRegion(import.Region, code => StoreAccess.WithSharedStoreAsync(database, async store =>
        {
            if (await store.HeadAsync(code, publishedOnly: false, cancellationToken).ConfigureAwait(false) is not { } head)
            {
                return Dashboards.DashboardLookup.NotFound(code, null);
            }

            var catalogue = await Catalogues.ForRegionAsync(database, code, import.DefinitionsFile, cancellationToken).ConfigureAwait(false);
            if (!catalogue.Succeeded)
            {
                return catalogue.Error;
            }

            var plan = (await PlanOverviews.OfAsync(store, code, head, cancellationToken).ConfigureAwait(false)).Plan;
            var scope = new ObservationScope(code, IndicatorKeys.Known(plan, catalogue.Value));
            try
            {
                var rows = import.Rows(scope).Select(RegionObservation.From);
                var done = await ObservationAccess.Of(database).UpsertAsync(rows, import.RecordedBy, now, cancellationToken).ConfigureAwait(false);
                return UseCaseResult.Success(new ObservationImportOutcome(code.Value, done.Read, done.Written));
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                return Failures.FromFile(problem);
            }
        }, cancellationToken));
    }

    /// <summary>
    /// The indicator dashboard of <paramref name="region"/>'s newest published plan on <paramref name="asOf"/>
    /// (status by the default <see cref="StatusRule"/>; ISO kinds for the WCCD level from the definitions
    /// loaded for the installation and the region, and from <paramref name="definitionsFile"/> when given);
    /// not found when it has published none.
    /// </summary>
    public static Task<UseCaseResult<IndicatorDashboard>> DashboardAsync(string? database, string region, DateOnly asOf, string? definitionsFile = null,
        CancellationToken cancellationToken = default) =>
        PortalUseCases.WithRegion(region, code => StoreAccess.WithSharedStoreAsync(database, async store =>
        {
            if (definitionsFile is null)
            {
                return await IndicatorBoards.OfPublishedAsync(store, database, code, asOf, cancellationToken).ConfigureAwait(false) ?? (UseCaseResult<IndicatorDashboard>)NothingPublished(code);
            }

            var catalogue = await Catalogues.ForRegionAsync(database, code, definitionsFile, cancellationToken).ConfigureAwait(false);
            if (!catalogue.Succeeded)
            {
                return catalogue.Error;
            }

            return await OfPublishedAsync(store, database, code, asOf, catalogue.Value, cancellationToken).ConfigureAwait(false) is { } dashboard
                ? UseCaseResult.Success(dashboard)
                : NothingPublished(code);
        }, cancellationToken));

    /// <summary>The indicator dashboard of <paramref name="region"/>'s newest published plan with the stored definitions (kept by <see cref="IndicatorBoards"/>), or null when it has published none or they cannot be read.</summary>
    internal static async Task<IndicatorDashboard?> OfPublishedAsync(PlanStore store, string? database, RegionCode region, DateOnly asOf, CancellationToken cancellationToken) =>
        await IndicatorBoards.OfPublishedAsync(store, database, region, asOf, cancellationToken).ConfigureAwait(false) is { Succeeded: true } board ? board.Value : null;

    /// <summary>The indicator dashboard of <paramref name="region"/>'s newest published plan, or null when it has published none.</summary>
    internal static async Task<IndicatorDashboard?> OfPublishedAsync(PlanStore store, string? database, RegionCode region, DateOnly asOf,
        IndicatorCatalogue catalogue, CancellationToken cancellationToken)
    {
        if (await store.HeadAsync(region, publishedOnly: true, cancellationToken).ConfigureAwait(false) is not { } head)
        {
            return null;
        }

        var overview = await PlanOverviews.OfAsync(store, region, head, cancellationToken).ConfigureAwait(false);
        var observations = await ObservationAccess.Of(database).ReadAsync(region, null, cancellationToken).ConfigureAwait(false);
        return IndicatorBoard.Build(overview.Plan, overview.Version, [.. observations.Select(o => o.Observation)], catalogue, asOf,
            StatusRule.Default);
    }

    /// <summary>
    /// Every observation of <paramref name="region"/> (optionally of one framework and code) written to
    /// <paramref name="output"/> as an observations file that imports back unchanged.
    /// </summary>
    public static Task<UseCaseResult<ObservationExport>> ExportAsync(string? database, string region, TextWriter output, ObservationQuery? query = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return PortalUseCases.WithRegion(region, code => StoreAccess.WithSharedStoreAsync(database, async _ =>
        {
            var observations = await ObservationAccess.Of(database).ReadAsync(code, query, cancellationToken).ConfigureAwait(false);
            ObservationsCsvWriter.WriteHeader(output);
            foreach (var o in observations.Select(s => s.Observation))
            {
                ObservationsCsvWriter.WriteLine(output, o.Region, o.Framework, o.Code, o.Period, o.Value, o.Source, o.EvidenceId);
            }

            return UseCaseResult.Success(new ObservationExport(code.Value, observations.Count));
        }, cancellationToken));
    }

    /// <summary>A text that changes whenever <paramref name="region"/>'s observations change (for page caches); empty when it has none.</summary>
    public static Task<UseCaseResult<string>> ObservationsStampAsync(string? database, string region, CancellationToken cancellationToken = default) =>
        PortalUseCases.WithRegion(region, code => StoreAccess.WithSharedStoreAsync(database, async _ =>
            UseCaseResult.Success(await ObservationAccess.Of(database).LastRecordedAsync(code, cancellationToken).ConfigureAwait(false)), cancellationToken));

    private static UseCaseError NothingPublished(RegionCode region) => UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
        $"Wilayah {region} belum menerbitkan masterplan, jadi belum ada indikator yang dipantau.",
        $"Region {region} has not published a masterplan, so no indicators are tracked yet."));
}

/// <summary>What an export wrote.</summary>
/// <param name="Region">The region.</param>
/// <param name="Observations">How many observations.</param>
public sealed record ObservationExport(string Region, int Observations);
