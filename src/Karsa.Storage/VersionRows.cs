using System.Security.Cryptography;
using System.Text;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Plans.Lifecycle;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage.Records;

namespace Karsa.Storage;

/// <summary>The stored form of a version: its canonical JSON and token, and its row's projections.</summary>
internal static class VersionRows
{
    /// <summary>The canonical JSON of a plan and its SHA-256 (hex), the version's concurrency token.</summary>
    public sealed record StoredContent(string Json, string Hash);

    public static StoredContent Encode(MasterplanContent content)
    {
        var json = PlanWriter.Write(content, PlanFormat.Json);
        return new StoredContent(json, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    /// <summary>The token <paramref name="content"/> would have once stored.</summary>
    public static string TokenOf(MasterplanContent content) => Encode(content).Hash;

    /// <summary>
    /// Reads a row's plan: <see cref="PlanReadOptions.Stored"/> restores it as it was stored (rules it
    /// breaks today become warnings); <see cref="PlanReadOptions.Strict"/> judges it by today's rules and
    /// throws a <see cref="DomainException"/> with the problems.
    /// </summary>
    public static Masterplan Decode(PlanVersionRecord row, PlanReadOptions options)
    {
        var result = PlanReader.Read(row.Content, PlanFormat.Json, $"db:{row.RegionCode}/v{row.Version}", options);
        if (result.Plan is { } plan)
        {
            return plan;
        }

        if (!options.RestoreStored)
        {
            throw new DomainException([.. result.Errors]);
        }

        var detail = string.Join("; ", result.Errors.Select(e => e.Format(Language.English)));
        throw new StorageException(new LocalizedText(
            $"Rencana tersimpan {row.RegionCode} versi {row.Version} tidak dapat dibaca lagi: {detail}",
            $"The stored plan {row.RegionCode} version {row.Version} no longer reads: {detail}"));
    }

    public static StoredPlan Load(PlanVersionRecord row) => new(Decode(row, PlanReadOptions.Stored), Summarise(row), row.Content);

    /// <summary>Now (UTC), to the microsecond, so that a time reads back equal from every provider.</summary>
    public static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }

    public static PlanVersionRecord NewRow(string regionCode, int version) => new()
    {
        RegionCode = regionCode,
        Version = version,
        State = nameof(PlanState.Draft),
        Title = string.Empty,
        Content = string.Empty,
        ContentHash = string.Empty,
        CreatedAt = Now(),
    };

    public static void Overwrite(PlanVersionRecord row, MasterplanContent content, StoredContent stored, DateTimeOffset now, string? author)
    {
        row.State = content.State.ToString();
        row.Title = content.Title.Indonesian;
        row.FirstYear = content.Period.First.Value;
        row.LastYear = content.Period.Last.Value;
        row.Content = stored.Json;
        row.ContentHash = stored.Hash;
        row.UpdatedAt = now;
        row.UpdatedBy = author;
        row.PublishedAt = content.State == PlanState.Published ? now : null;
        row.Programmes.Clear();
        row.Programmes.AddRange(content.Programmes.Select(ProgrammeProjection.From));
    }

    public static PlanVersionSummary Summarise(PlanVersionRecord row) => new(
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
        row.PublishedAt,
        row.ContentHash,
        row.UpdatedBy);

    public static ConcurrencyConflictException Conflict(string regionCode, StoredVersionFacts newest, Exception? cause = null) =>
        new(regionCode, newest.Version, newest.SavedAt, newest.SavedBy, newest.Token, cause);
}
