using Karsa.Domain.Plans;
using Karsa.Domain.Plans.Lifecycle;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage.Audit;
using Karsa.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>The writes of <see cref="PlanStore"/>: save, publish, start a new draft.</summary>
public sealed partial class PlanStore
{
    /// <summary>Saves a plan as a plain file import (no token: it may replace the newest draft) and says what happened.</summary>
    public Task<SaveOutcome> SaveAsync(Masterplan plan, CancellationToken cancellationToken = default) =>
        SaveAsync(plan, SaveOptions.Import, cancellationToken);

    /// <summary>
    /// Saves a plan in one transaction, as <see cref="VersionLifecycle.DecideSave"/> decides: the store
    /// numbers the version and stores a draft, and records the change in the audit log in the same
    /// transaction (<see cref="SaveOptions.Author"/>, the changed parts before and after). Throws <see cref="ConcurrencyConflictException"/> when
    /// <see cref="SaveOptions.BasedOn"/> is stale or another save won the race for the version number.
    /// </summary>
    public Task<SaveOutcome> SaveAsync(Masterplan plan, SaveOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var region = plan.Content.Region;
        return Write(region.Code, async context =>
        {
            var facts = await FactsAsync(context, region.Code, cancellationToken).ConfigureAwait(false);
            var incoming = await KeepAdoptedRoadmapAsync(context, plan.Content, facts, options, cancellationToken).ConfigureAwait(false);
            var decision = VersionLifecycle.DecideSave(facts, incoming, VersionRows.TokenOf, options.BasedOn);
            switch (decision.Action)
            {
                case SaveAction.Conflict:
                    throw VersionRows.Conflict(region.Code.Value, decision.Newest!);
                case SaveAction.Unchanged:
                    return new SaveOutcome(SaveKind.Unchanged, region.Code.Value, decision.Version, decision.Newest!.Token, decision.Warnings);
            }

            var before = await SnapshotAsync(context, region.Code, facts.MaxBy(f => f.Version), cancellationToken).ConfigureAwait(false);
            await UpsertRegionAsync(context, region, cancellationToken).ConfigureAwait(false);
            PlanVersionRecord row;
            if (decision.Action == SaveAction.ReplaceDraft)
            {
                row = await TrackedVersionAsync(context, region.Code, decision.Version, facts, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                row = VersionRows.NewRow(region.Code.Value, decision.Version);
                context.PlanVersions.Add(row);
            }

            var stored = VersionRows.Encode(decision.Content!);
            VersionRows.Overwrite(row, decision.Content!, stored, VersionRows.Now(), options.Author);
            context.AuditEntries.Add(PlanAudit.Save(options, region.Code.Value, decision.Version, before,
                new PlanAudit.Snapshot(decision.Version, stored.Hash, decision.Content), row.UpdatedAt));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var kind = decision.Action == SaveAction.ReplaceDraft ? SaveKind.DraftReplaced : facts.Count == 0 ? SaveKind.Created : SaveKind.NewDraftVersion;
            return new SaveOutcome(kind, region.Code.Value, decision.Version, stored.Hash, decision.Warnings);
        }, cancellationToken);
    }

    /// <summary>Publishes a version (the newest when <paramref name="version"/> is null); see the overload with options.</summary>
    public Task<PublishOutcome> PublishAsync(RegionCode region, int? version = null, CancellationToken cancellationToken = default) =>
        PublishAsync(region, version, SaveOptions.Import, cancellationToken);

    /// <summary>
    /// Publishes a draft version (the newest when <paramref name="version"/> is null), freezing it; an
    /// already published version is returned unchanged with <see cref="PublishOutcome.AlreadyPublished"/>.
    /// The draft is judged by today's rules through <see cref="Masterplan.Publish"/>: a
    /// <see cref="Domain.Diagnostics.DomainException"/> carries the problems that keep it from being published.
    /// Throws <see cref="ConcurrencyConflictException"/> when <see cref="SaveOptions.BasedOn"/> is not the draft's token,
    /// and a not-found <see cref="StorageException"/> when there is no such version.
    /// </summary>
    public Task<PublishOutcome> PublishAsync(RegionCode region, int? version, SaveOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Write(region, async context =>
        {
            var facts = await FactsAsync(context, region, cancellationToken).ConfigureAwait(false);
            var decision = VersionLifecycle.DecidePublish(facts, version, options.BasedOn);
            switch (decision.Action)
            {
                case PublishAction.NotFound:
                    throw StoreFailures.NotFound(region, version);
                case PublishAction.Conflict:
                    throw VersionRows.Conflict(region.Value, decision.Target!);
                case PublishAction.AlreadyPublished:
                    return new PublishOutcome(true, VersionRows.Load(await FindVersion(context, region, decision.Version, cancellationToken).ConfigureAwait(false)));
            }

            var row = await TrackedVersionAsync(context, region, decision.Version, facts, cancellationToken).ConfigureAwait(false);
            var draft = VersionRows.Decode(row, PlanReadOptions.Strict);
            var before = new PlanAudit.Snapshot(decision.Version, row.ContentHash, draft.Content);
            var published = draft.Publish();
            var stored = VersionRows.Encode(published.Content);
            VersionRows.Overwrite(row, published.Content, stored, VersionRows.Now(), options.Author);
            context.AuditEntries.Add(PlanAudit.Lifecycle(AuditActions.PlanPublish, options.Author, region.Value, decision.Version, before,
                new PlanAudit.Snapshot(decision.Version, stored.Hash, published.Content), row.UpdatedAt));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new PublishOutcome(false, new StoredPlan(published, VersionRows.Summarise(row), stored.Json));
        }, cancellationToken);
    }

    /// <summary>
    /// Starts a new draft from the newest version when it is published: a copy stored as the next version
    /// (<see cref="SaveKind.NewDraftVersion"/>). When the newest version already is a draft, nothing is
    /// written and that draft is named (<see cref="SaveKind.Unchanged"/>). Throws a not-found
    /// <see cref="StorageException"/> when the region has no plan.
    /// </summary>
    public Task<SaveOutcome> StartDraftAsync(RegionCode region, SaveOptions? options = null, CancellationToken cancellationToken = default) =>
        Write(region, async context =>
        {
            var facts = await FactsAsync(context, region, cancellationToken).ConfigureAwait(false);
            var decision = VersionLifecycle.DecideNewDraft(facts);
            switch (decision.Action)
            {
                case NewDraftAction.NothingStored:
                    throw StoreFailures.NotFound(region, null);
                case NewDraftAction.DraftExists:
                    return new SaveOutcome(SaveKind.Unchanged, region.Value, decision.Version, facts.Single(f => f.Version == decision.Version).Token, []);
            }

            var source = VersionRows.Decode(await FindVersion(context, region, decision.FromVersion, cancellationToken).ConfigureAwait(false), PlanReadOptions.Stored);
            var content = VersionLifecycle.DraftCopy(source.Content, decision.Version);
            var row = VersionRows.NewRow(region.Value, decision.Version);
            var stored = VersionRows.Encode(content);
            VersionRows.Overwrite(row, content, stored, VersionRows.Now(), options?.Author);
            context.PlanVersions.Add(row);
            var from = facts.Single(f => f.Version == decision.FromVersion);
            context.AuditEntries.Add(PlanAudit.Lifecycle(AuditActions.PlanNewDraft, options?.Author, region.Value, decision.Version,
                new PlanAudit.Snapshot(from.Version, from.Token, source.Content), new PlanAudit.Snapshot(decision.Version, stored.Hash, content), row.UpdatedAt));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new SaveOutcome(SaveKind.NewDraftVersion, region.Value, decision.Version, stored.Hash, source.Warnings);
        }, cancellationToken);

    private Task<T> Write<T>(RegionCode region, Func<KarsaDbContext, Task<T>> work, CancellationToken cancellationToken) =>
        WithContext(async context =>
        {
            await Schema.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            try
            {
                await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var result = await work(context).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                Heads.VersionChangeFeed.Changed(Location, region.Value);
                return result;
            }
            catch (Exception error) when (StoreFailures.IsLostRace(error))
            {
                throw await LostRaceAsync(region, error, cancellationToken).ConfigureAwait(false);
            }
        });

    private async Task<StorageException> LostRaceAsync(RegionCode region, Exception error, CancellationToken cancellationToken)
    {
        await using var context = Contexts.CreateDbContext();
        var newest = (await FactsAsync(context, region, cancellationToken).ConfigureAwait(false)).MaxBy(f => f.Version);
        return newest is null ? StoreFailures.Refused(Location, error) : VersionRows.Conflict(region.Value, newest, error);
    }

    /// <summary>
    /// A plan file imported without a <c>roadmap</c> section says nothing about the roadmap: it keeps the
    /// newest stored version's adopted roadmap (judged against the new content, so a change that breaks
    /// it shows as warnings and blocks publishing until the roadmap is adopted again). So re-importing the
    /// file a published version came from changes nothing.
    /// </summary>
    private static async Task<Domain.Plans.MasterplanContent> KeepAdoptedRoadmapAsync(KarsaDbContext context, Domain.Plans.MasterplanContent incoming,
        List<StoredVersionFacts> facts, SaveOptions options, CancellationToken cancellationToken)
    {
        if (options.BasedOn is not null || incoming.Roadmap is not null || facts.Count == 0)
        {
            return incoming;
        }

        var newest = facts.Max(f => f.Version);
        var row = await context.PlanVersions.AsNoTracking()
            .SingleAsync(v => v.RegionCode == incoming.Region.Code.Value && v.Version == newest, cancellationToken).ConfigureAwait(false);
        return incoming with { Roadmap = VersionRows.Decode(row, PlanReadOptions.Stored).Content.Roadmap };
    }

    /// <summary>The newest version as the audit log describes it before a save; its content is left out when it no longer reads.</summary>
    private static async Task<PlanAudit.Snapshot?> SnapshotAsync(KarsaDbContext context, RegionCode region, StoredVersionFacts? newest, CancellationToken cancellationToken)
    {
        if (newest is null)
        {
            return null;
        }

        var json = await context.PlanVersions.AsNoTracking().Where(v => v.RegionCode == region.Value && v.Version == newest.Version)
            .Select(v => v.Content).SingleAsync(cancellationToken).ConfigureAwait(false);
        var read = PlanReader.Read(json, PlanFormat.Json, $"db:{region}/v{newest.Version}", PlanReadOptions.Stored);
        return new PlanAudit.Snapshot(newest.Version, newest.Token, read.Plan?.Content);
    }

    private static async Task<List<StoredVersionFacts>> FactsAsync(KarsaDbContext context, RegionCode region, CancellationToken cancellationToken)
    {
        var rows = await context.PlanVersions.AsNoTracking().Where(v => v.RegionCode == region.Value)
            .Select(v => new { v.Version, v.State, v.ContentHash, v.UpdatedAt, v.UpdatedBy })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(v => new StoredVersionFacts(v.Version, Enum.Parse<PlanState>(v.State), v.ContentHash, v.UpdatedAt, v.UpdatedBy))];
    }

    /// <summary>The row to change, whose update only succeeds while it still has the token the decision saw.</summary>
    private static async Task<PlanVersionRecord> TrackedVersionAsync(
        KarsaDbContext context, RegionCode region, int version, IReadOnlyList<StoredVersionFacts> facts, CancellationToken cancellationToken)
    {
        var row = await FindVersion(context, region, version, cancellationToken).ConfigureAwait(false);
        context.Entry(row).Property(r => r.ContentHash).OriginalValue = facts.Single(f => f.Version == version).Token;
        return row;
    }

    private static async Task UpsertRegionAsync(KarsaDbContext context, Domain.Regions.Region region, CancellationToken cancellationToken)
    {
        var row = await context.Regions.FindAsync([region.Code.Value], cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            context.Regions.Add(new RegionRecord
            {
                Code = region.Code.Value,
                Name = region.Name,
                Kind = region.Kind.ToString(),
                Province = region.Province,
                Cohort = region.Cohort?.Value,
            });
        }
        else
        {
            (row.Name, row.Kind, row.Province, row.Cohort) = (region.Name, region.Kind.ToString(), region.Province, region.Cohort?.Value);
        }
    }
}
