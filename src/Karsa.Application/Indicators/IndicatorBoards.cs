using System.Security.Cryptography;
using System.Text;
using Karsa.Application.Common;
using Karsa.Application.Portal;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;
using Karsa.Storage;
using Karsa.Storage.Caching;
using Karsa.Storage.Monitoring;

namespace Karsa.Application.Indicators;

/// <summary>
/// Builds the indicator dashboard of a region's newest published plan, and keeps it, the way
/// <see cref="PlanOverviews"/> keeps overviews: a board depends only on the published version (its
/// hash), the region's observations (their stamp, <see cref="ObservationStore.LastRecordedAsync"/>), the
/// stored indicator definitions and the date, so it is cached under those and a warm read costs the
/// head's query at most (the stamp and the definitions are <see cref="RecentReads"/>) instead of reading
/// and evaluating every observation.
/// One board per region is kept (the newest asked for), at most <see cref="Capacity"/> regions.
/// </summary>
internal static class IndicatorBoards
{
    /// <summary>The most regions whose board is kept (a national installation's regions, twice).</summary>
    public const int Capacity = 1100;

    private static readonly BoundedCache<(string Database, string Region), Kept> Cache = new(Capacity);

    /// <summary>
    /// The board of <paramref name="region"/>'s newest published plan on <paramref name="asOf"/>, from the cache or built;
    /// null when it has published none; an error when the stored definitions cannot be read.
    /// </summary>
    public static async Task<UseCaseResult<IndicatorDashboard>?> OfPublishedAsync(PlanStore store, string? database, RegionCode region, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        if (await store.HeadAsync(region, publishedOnly: true, cancellationToken).ConfigureAwait(false) is not { } head)
        {
            return null;
        }

        // The stamp is read before the observations: a change in between makes the next read miss, never keeps stale figures.
        var observations = ObservationAccess.Of(database);
        var (stamp, definitions, fingerprint) = await RecentReads.GetRefreshingAsync(observations.Location, $"indicators:{region}", async token =>
        {
            var stamp = await observations.LastRecordedAsync(region, token).ConfigureAwait(false);
            var definitions = await observations.DefinitionsAsync(region, token).ConfigureAwait(false);
            return (stamp, definitions, Fingerprint(definitions));
        }, cancellationToken).ConfigureAwait(false);
        var key = new BoardKey(head.Version, head.Token, stamp, fingerprint, asOf);
        var place = (store.Location.Display, region.Value);
        if (Cache.TryGet(place, out var kept) && kept.Key == key)
        {
            return UseCaseResult.Success(kept.Board);
        }

        var catalogue = Catalogues.FromStored(definitions);
        if (!catalogue.Succeeded)
        {
            return catalogue.Error;
        }

        var overview = await PlanOverviews.OfAsync(store, region, head, cancellationToken).ConfigureAwait(false);
        var read = await observations.ReadAsync(region, null, cancellationToken).ConfigureAwait(false);
        var board = IndicatorBoard.Build(overview.Plan, overview.Version, [.. read.Select(o => o.Observation)], catalogue.Value, asOf, StatusRule.Default);
        if (overview.Version == head.Version && overview.Token == head.Token)
        {
            Cache.Keep(place, new Kept(key, board));
        }

        return UseCaseResult.Success(board);
    }

    /// <summary>What the stored definitions are, compactly (their scopes, names and the SHA-256 of their texts).</summary>
    private static string Fingerprint(IReadOnlyList<StoredDefinitions> definitions) =>
        string.Join('\n', definitions.Select(d => $"{d.Scope}\t{d.FileName}\t{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(d.Text)))}"));

    private sealed record BoardKey(int Version, string Token, string Observations, string Definitions, DateOnly AsOf);

    private sealed record Kept(BoardKey Key, IndicatorDashboard Board);
}
