using System.Security.Cryptography;
using System.Text;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>
/// Stores masterplans: many regions, many versions per region, in SQLite or PostgreSQL. Every save is
/// one transaction (all or nothing). A published version never changes: saving different content
/// under its number stores the next draft version instead.
/// </summary>
public sealed class PlanStore
{
    private readonly Func<KarsaDbContext> _createContext;

    private PlanStore(DatabaseLocation location, Func<KarsaDbContext> createContext)
    {
        Location = location;
        _createContext = createContext;
    }

    /// <summary>Where the store is.</summary>
    public DatabaseLocation Location { get; }

    /// <summary>Opens (creating or upgrading as needed) the database at <paramref name="location"/>.</summary>
    public static async Task<PlanStore> OpenAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        var store = new PlanStore(location, ContextFactory.For(location));
        try
        {
            if (location.Provider == DatabaseProvider.Sqlite)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(location.Display)!);
            }

            await using var context = store._createContext();
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new StorageException(new LocalizedText(
                $"Basis data {location.Display} tidak dapat dibuka: {error.GetBaseException().Message}",
                $"Cannot open the database {location.Display}: {error.GetBaseException().Message}"), error);
        }

        return store;
    }

    /// <summary>Saves a plan in one transaction and says what happened.</summary>
    public Task<SaveOutcome> SaveAsync(Masterplan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return WithContext(context => SaveInTransactionAsync(context, plan, cancellationToken));
    }

    private static async Task<SaveOutcome> SaveInTransactionAsync(KarsaDbContext context, Masterplan plan, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var region = plan.Content.Region;
        var regionCode = region.Code.Value;
        var regionRow = await context.Regions.FindAsync([regionCode], cancellationToken).ConfigureAwait(false);
        if (regionRow is null)
        {
            regionRow = new RegionRecord { Code = regionCode, Name = region.Name, Kind = region.Kind.ToString(), Province = region.Province };
            context.Regions.Add(regionRow);
        }
        else
        {
            (regionRow.Name, regionRow.Kind, regionRow.Province) = (region.Name, region.Kind.ToString(), region.Province);
        }

        var existing = await context.PlanVersions.Include(v => v.Programmes)
            .SingleOrDefaultAsync(v => v.RegionCode == regionCode && v.Version == plan.Content.Version, cancellationToken).ConfigureAwait(false);
        var (content, hash) = Encode(plan);
        var now = DateTimeOffset.UtcNow;
        SaveOutcome outcome;
        if (existing is null)
        {
            context.PlanVersions.Add(NewVersionRow(plan, content, hash, now));
            outcome = new(SaveKind.Created, regionCode, plan.Content.Version);
        }
        else if (existing.ContentHash == hash)
        {
            outcome = new(SaveKind.Unchanged, regionCode, existing.Version);
        }
        else if (existing.State == nameof(PlanState.Draft))
        {
            Overwrite(existing, plan, content, hash, now);
            outcome = new(SaveKind.DraftReplaced, regionCode, existing.Version);
        }
        else
        {
            var next = 1 + await context.PlanVersions.Where(v => v.RegionCode == regionCode).MaxAsync(v => v.Version, cancellationToken).ConfigureAwait(false);
            var draft = Masterplan.Create(plan.Content with { Version = next, State = PlanState.Draft });
            var (draftContent, draftHash) = Encode(draft);
            context.PlanVersions.Add(NewVersionRow(draft, draftContent, draftHash, now));
            outcome = new(SaveKind.NewDraftVersion, regionCode, next);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await FaultInjection.PauseBeforeCommitAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>Loads a version of a region's plan (the newest when <paramref name="version"/> is null).</summary>
    public Task<StoredPlan> LoadAsync(RegionCode region, int? version = null, CancellationToken cancellationToken = default) =>
        WithContext(async context =>
        {
            var row = await FindVersion(context, region, version, cancellationToken).ConfigureAwait(false);
            return new StoredPlan(Decode(row), Summarise(row));
        });

    /// <summary>Every stored version of every region, by region code then version.</summary>
    public Task<IReadOnlyList<PlanVersionSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        WithContext<IReadOnlyList<PlanVersionSummary>>(async context =>
        {
            // Counts and totals are computed by the database; the plan content itself is not read.
            var rows = await context.PlanVersions.AsNoTracking()
                .Select(v => new PlanVersionSummary(
                    v.RegionCode, v.Region!.Name, v.Version, Enum.Parse<PlanState>(v.State), v.Title, v.FirstYear, v.LastYear,
                    v.Programmes.Count, v.Programmes.Sum(p => (long?)p.TotalCost) ?? 0, v.UpdatedAt, v.PublishedAt))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.Version)];
        });

    /// <summary>
    /// Publishes a version (the newest when <paramref name="version"/> is null), freezing it. Publishing
    /// a published version changes nothing.
    /// </summary>
    public Task<StoredPlan> PublishAsync(RegionCode region, int? version = null, CancellationToken cancellationToken = default) =>
        WithContext(context => PublishInTransactionAsync(context, region, version, cancellationToken));

    private static async Task<StoredPlan> PublishInTransactionAsync(KarsaDbContext context, RegionCode region, int? version, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await FindVersion(context, region, version, cancellationToken).ConfigureAwait(false);
        var plan = Decode(row);
        if (row.State != nameof(PlanState.Published))
        {
            plan = plan.Publish();
            (row.Content, row.ContentHash) = Encode(plan);
            row.State = nameof(PlanState.Published);
            row.PublishedAt = row.UpdatedAt = DateTimeOffset.UtcNow;
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredPlan(plan, Summarise(row));
    }

    private async Task<T> WithContext<T>(Func<KarsaDbContext, Task<T>> work)
    {
        try
        {
            await using var context = _createContext();
            return await work(context).ConfigureAwait(false);
        }
        catch (Exception error) when (error is DbUpdateException or System.Data.Common.DbException or TimeoutException)
        {
            var cause = error.GetBaseException().Message;
            throw new StorageException(new LocalizedText(
                $"Basis data {Location.Display} menolak operasi: {cause}. Tidak ada yang diubah.",
                $"The database {Location.Display} refused the operation: {cause}. Nothing was changed."), error);
        }
    }

    private static async Task<PlanVersionRecord> FindVersion(KarsaDbContext context, RegionCode region, int? version, CancellationToken cancellationToken)
    {
        var query = context.PlanVersions.Include(v => v.Region).Include(v => v.Programmes).Where(v => v.RegionCode == region.Value);
        var row = version is { } wanted
            ? await query.SingleOrDefaultAsync(v => v.Version == wanted, cancellationToken).ConfigureAwait(false)
            : await query.OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row ?? throw new StorageException(version is null
            ? new LocalizedText($"Belum ada rencana tersimpan untuk wilayah {region}.", $"No plan is stored for region {region}.")
            : new LocalizedText($"Wilayah {region} tidak punya versi {version}.", $"Region {region} has no version {version}."))
        { IsNotFound = true };
    }

    private static (string Content, string Hash) Encode(Masterplan plan)
    {
        var content = PlanWriter.Write(plan, PlanFormat.Json);
        return (content, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))));
    }

    private static Masterplan Decode(PlanVersionRecord row)
    {
        var result = PlanReader.Read(row.Content, PlanFormat.Json, $"db:{row.RegionCode}/v{row.Version}");
        var detail = string.Join("; ", result.Errors.Select(e => e.Format(Language.English)));
        return result.Plan ?? throw new StorageException(new LocalizedText(
            $"Rencana tersimpan {row.RegionCode} versi {row.Version} tidak dapat dibaca lagi: {detail}",
            $"The stored plan {row.RegionCode} version {row.Version} no longer reads: {detail}"));
    }

    private static PlanVersionRecord NewVersionRow(Masterplan plan, string content, string hash, DateTimeOffset now)
    {
        var row = new PlanVersionRecord
        {
            RegionCode = plan.Content.Region.Code.Value,
            Version = plan.Content.Version,
            State = plan.Content.State.ToString(),
            Title = plan.Content.Title.Indonesian,
            Content = content,
            ContentHash = hash,
            CreatedAt = now,
        };
        Overwrite(row, plan, content, hash, now);
        return row;
    }

    private static void Overwrite(PlanVersionRecord row, Masterplan plan, string content, string hash, DateTimeOffset now)
    {
        row.State = plan.Content.State.ToString();
        row.Title = plan.Content.Title.Indonesian;
        row.FirstYear = plan.Period.First.Value;
        row.LastYear = plan.Period.Last.Value;
        row.Content = content;
        row.ContentHash = hash;
        row.UpdatedAt = now;
        row.PublishedAt = plan.Content.State == PlanState.Published ? now : null;
        row.Programmes.Clear();
        row.Programmes.AddRange(plan.Programmes.Select(ProgrammeProjection.From));
    }

    private static PlanVersionSummary Summarise(PlanVersionRecord row) => new(
        row.RegionCode,
        row.Region?.Name ?? row.RegionCode,
        row.Version,
        Enum.Parse<PlanState>(row.State),
        row.Title,
        row.FirstYear,
        row.LastYear,
        row.Programmes.Count,
        row.Programmes.Sum(p => p.TotalCost),
        row.UpdatedAt,
        row.PublishedAt);
}
