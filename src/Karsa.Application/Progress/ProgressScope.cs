using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Application.Portal;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage;
using Karsa.Storage.Caching;
using Karsa.Storage.Progress;

namespace Karsa.Application.Progress;

/// <summary>
/// A region's newest published plan as progress is measured against it: the plan, its monitored form
/// (adopted runs and planned money), the region's progress settings, its stored reports and their
/// history, and the stores to write to.
/// </summary>
internal sealed record ProgressScope(Masterplan Plan, MonitoredPlan Monitored, ProgressSettings Settings, IReadOnlyList<StoredProgressReport> Stored,
    ReportHistory History, ProgressStore Store)
{
    /// <summary>The monitored form of each cached overview, kept as long as the overview is.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlanOverview, MonitoredPlan> MonitoredForms = new();

    /// <summary>The status list reports use: the region's own, or the shipped one.</summary>
    public ProgressStatusList Statuses => Settings.Statuses;

    /// <summary>
    /// The roll-up's weighting rule: the region's, its set weights kept for this plan's programmes only
    /// (weights outlive plan versions; a programme a later version drops weighs nothing here).
    /// </summary>
    public ProgressWeighting Weighting => Settings.Weighting.Basis == WeightBasis.SetWeights
        ? ProgressWeighting.BySetWeights(Settings.Weighting.Weights.Where(w => Monitored.Has(w.Key)).ToDictionary())
        : Settings.Weighting;

    /// <summary>
    /// The roll-ups computed per kept report history (<see cref="ProgressReads"/> keeps one history per version,
    /// reports' stamp and settings' revision, so a history and the plan and weighting it was read under go together).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReportHistory, System.Collections.Concurrent.ConcurrentDictionary<int, ProgressRollUp>> RollUps = new();

    /// <summary>The roll-up as of <paramref name="year"/> under the region's weighting rule, computed once per kept history and year.</summary>
    public ProgressRollUp RollUp(FiscalYear year) =>
        RollUps.GetValue(History, _ => new()).GetOrAdd(year.Value, _ => ProgressRollUp.Compute(Monitored, History, year, Weighting));

    /// <summary>The region.</summary>
    public RegionCode Region => Monitored.Region;

    /// <summary>The published version measured.</summary>
    public int Version => Monitored.Version;

    /// <summary>The plan's programme <paramref name="code"/>; null when it has none.</summary>
    public Programme? Programme(string code) => Plan.Programmes.FirstOrDefault(p => string.Equals(p.Code.Value, code, StringComparison.Ordinal));

    /// <summary>The reference of <paramref name="programme"/> in this version.</summary>
    public ProgrammeReference Reference(Programme programme) => new(Region, Version, programme.Code);

    /// <summary>Runs <paramref name="work"/> on the scope of <paramref name="region"/>'s newest published plan; not found when it has none.</summary>
    public static Task<UseCaseResult<T>> WithAsync<T>(string? database, string region, Func<ProgressScope, Task<UseCaseResult<T>>> work, CancellationToken cancellationToken)
        where T : class =>
        PortalUseCases.WithRegion(region, code => StoreAccess.WithSharedStoreAsync(database, async plans =>
        {
            if (await plans.HeadAsync(code, publishedOnly: true, cancellationToken).ConfigureAwait(false) is not { } head)
            {
                return NothingPublished(code);
            }

            // The published plan and its monitored form come from the overview cache (keyed by the version's hash), not parsed per request.
            var overview = await PlanOverviews.OfAsync(plans, code, head, cancellationToken).ConfigureAwait(false);
            var monitored = MonitoredForms.GetValue(overview, o => MonitoredPlan.Of(o.Plan));
            var store = ProgressStores.For(plans.Location);
            var settings = await RecentReads.GetRefreshingAsync(store.Location, $"progress-settings:{code}", token => store.SettingsAsync(code, token), cancellationToken).ConfigureAwait(false);
            var (reports, history) = await ProgressReads.OfAsync(store, monitored, (head.Version, head.Token), settings, cancellationToken).ConfigureAwait(false);
            return await work(new ProgressScope(overview.Plan, monitored, settings.Settings, reports, history, store)).ConfigureAwait(false);
        }, cancellationToken));

    /// <summary>"Region X has not published a masterplan".</summary>
    public static UseCaseError NothingPublished(RegionCode region) => UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
        $"Wilayah {region} belum menerbitkan masterplan; kemajuan dilaporkan terhadap rencana yang terbit.",
        $"Region {region} has not published a masterplan; progress is reported against the published plan."));

    /// <summary>"You may not report on X": an agency reporter and another agency's programme, or a user of another region.</summary>
    public static UseCaseError Refused(string what) => UseCaseError.Of(FailureKind.Forbidden, new LocalizedText(
        $"Anda tidak berwenang melaporkan {what}: pelapor OPD hanya melaporkan program OPD-nya sendiri di wilayahnya.",
        $"You may not report on {what}: an agency reporter reports only on their own agency's programmes in their region."));
}

/// <summary>One progress store per database for the process, like the shared plan store.</summary>
internal static class ProgressStores
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DatabaseLocation, ProgressStore> Shared = new();

    /// <summary>The store of <paramref name="location"/>.</summary>
    public static ProgressStore For(DatabaseLocation location) => Shared.GetOrAdd(location, ProgressStore.Open);
}
