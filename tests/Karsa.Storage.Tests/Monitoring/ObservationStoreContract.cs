using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Monitoring.Indicators;
using Karsa.Storage.Monitoring;

namespace Karsa.Storage.Tests.Monitoring;

/// <summary>What the observation store must do on every provider; run once per provider.</summary>
public abstract class ObservationStoreContract
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly RegionCode Karanganyar = new("33.13");
    private static readonly RegionCode Surakarta = new("33.72");

    private protected abstract TestDatabase CreateDatabase();

    private static RegionObservation Obs(RegionCode region, string code, string period, decimal value, string source = "BPS", string? evidence = null) =>
        new(region, IndicatorFramework.Local, code, ObservationPeriod.Parse(period), value, source, evidence);

    private static RegionObservation[] Sample() =>
    [
        Obs(Karanganyar, "IND-1", "2025", 52.5m, "BPS 2025", "ev-1"),
        Obs(Karanganyar, "IND-1", "2026-01", -0.125m),
        Obs(Karanganyar, "IND-2", "2025-Q2", 123456789.12345678m),
        Obs(Surakarta, "IND-1", "2025", 40m),
    ];

    [SkippableFact]
    public async Task Recording_the_same_batch_twice_keeps_one_row_each_and_changes_nothing()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);

        var first = await store.UpsertAsync(Sample(), "ani", Monday);
        var again = await store.UpsertAsync(Sample(), "budi", Monday.AddDays(1));

        Assert.Equal(new ObservationUpsert(4, 4), first);
        Assert.Equal(new ObservationUpsert(4, 0), again);
        var stored = await store.ReadAsync(Karanganyar);
        Assert.Equal(Sample().Take(3), stored.Select(s => s.Observation));
        Assert.All(stored, s => Assert.Equal(("ani", Monday.ToUniversalTime()), (s.RecordedBy, s.RecordedAt.ToUniversalTime())));
    }

    [SkippableFact]
    public async Task Recording_an_observation_again_with_another_value_replaces_it()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);
        await store.UpsertAsync(Sample(), "ani", Monday);

        var changed = await store.UpsertAsync([Obs(Karanganyar, "IND-1", "2025", 53m, "BPS 2025 (revisi)")], "budi", Monday.AddDays(1));

        Assert.Equal(new ObservationUpsert(1, 1), changed);
        var stored = await store.ReadAsync(Karanganyar, new ObservationQuery(IndicatorFramework.Local, "IND-1", To: new DateOnly(2025, 12, 31)));
        var only = Assert.Single(stored);
        Assert.Equal((53m, "BPS 2025 (revisi)", (string?)null, "budi"), (only.Observation.Value, only.Observation.Source, only.Observation.EvidenceId, only.RecordedBy));
    }

    [SkippableFact]
    public async Task Within_a_batch_the_later_observation_of_a_key_wins()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);

        var outcome = await store.UpsertAsync([Obs(Karanganyar, "IND-1", "2025", 1m), Obs(Karanganyar, "IND-1", "2025", 2m)], "ani", Monday);

        Assert.Equal(2, outcome.Read);
        Assert.Equal(2m, Assert.Single(await store.ReadAsync(Karanganyar)).Observation.Value);
    }

    [SkippableFact]
    public async Task A_batch_that_fails_part_way_writes_nothing()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);
        await store.UpsertAsync(Sample(), "ani", Monday);

        IEnumerable<RegionObservation> Failing()
        {
            yield return Obs(Karanganyar, "IND-1", "2025", 99m);
            yield return Obs(Karanganyar, "IND-3", "2025", 7m);
            throw new DomainException(Problems.EmptyText());
        }

        await Assert.ThrowsAsync<DomainException>(() => store.UpsertAsync(Failing(), "budi", Monday.AddDays(1)));

        Assert.Equal(Sample().Take(3), (await store.ReadAsync(Karanganyar)).Select(s => s.Observation));
    }

    [SkippableFact]
    public async Task A_file_with_one_wrong_line_is_refused_whole_and_stores_nothing()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);
        const string File = "region;framework;code;period;value;source\n33.13;local;IND-1;2025;52,5;BPS\n33.13;local;IND-2;2025;lima;BPS\n";

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            store.UpsertAsync(ObservationsCsv.Read(new StringReader(File), "o.csv").Select(RegionObservation.From), "ani", Monday));

        // The value field of line 3 starts after "33.13;" (6), "local;" (6), "IND-2;" (6) and "2025;" (5): column 6 + 6 + 6 + 5 + 1 = 24.
        Assert.Equal(new SourceLocation("o.csv", 3, 24), Assert.Single(refused.Problems).Location);
        Assert.Empty(await store.ReadAsync(Karanganyar));
    }

    [SkippableFact]
    public async Task A_file_read_through_the_reader_is_stored_with_its_decimal_commas()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);
        const string File = "region;framework;code;period;value;source;evidence\n33.13;u4ssc;EC: ICT: ICT: 1C;2025;52,5;\"BPS; Dalam Angka\";ev-9\n";

        await store.UpsertAsync(ObservationsCsv.Read(new StringReader(File), "o.csv").Select(RegionObservation.From), "ani", Monday);

        var stored = Assert.Single(await store.ReadAsync(Karanganyar)).Observation;
        Assert.Equal(new RegionObservation(Karanganyar, IndicatorFramework.U4ssc, "EC: ICT: ICT: 1C", ObservationPeriod.Year(2025), 52.5m, "BPS; Dalam Angka", "ev-9"), stored);
    }

    [SkippableFact]
    public async Task Reads_filter_by_indicator_and_by_periods_overlapping_a_range()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);
        await store.UpsertAsync(Sample(), "ani", Monday);

        // 2025-Q2 is April-June; the year 2025 overlaps May too; January 2026 does not.
        var may = await store.ReadAsync(Karanganyar, new ObservationQuery(From: new DateOnly(2025, 5, 1), To: new DateOnly(2025, 5, 31)));
        var ind1 = await store.ReadAsync(Karanganyar, new ObservationQuery(IndicatorFramework.Local, "IND-1"));
        var after2025 = await store.ReadAsync(Karanganyar, new ObservationQuery(From: new DateOnly(2026, 1, 1)));

        Assert.Equal(["IND-1 2025", "IND-2 2025-Q2"], may.Select(Label));
        Assert.Equal(["IND-1 2025", "IND-1 2026-01"], ind1.Select(Label));
        Assert.Equal(["IND-1 2026-01"], after2025.Select(Label));
    }

    [SkippableFact]
    public async Task Latest_takes_per_indicator_the_period_ending_last_and_on_a_tie_the_shorter()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);
        await store.UpsertAsync([.. Sample(), Obs(Karanganyar, "IND-2", "2025-06", 3m), Obs(Karanganyar, "IND-2", "2025-01", 4m)], "ani", Monday);

        var latest = await store.LatestAsync(Karanganyar);

        // IND-1: January 2026 ends after the year 2025. IND-2: June and Q2 both end 30 June; June is shorter.
        Assert.Equal(["IND-1 2026-01", "IND-2 2025-06"], latest.Select(Label));
    }

    [SkippableFact]
    public async Task Counts_the_distinct_indicators_each_region_reported()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);
        Assert.Empty(await store.ReportedCountsAsync());
        await store.UpsertAsync(Sample(), "ani", Monday);

        var all = await store.ReportedCountsAsync();
        var in2026 = await store.ReportedCountsAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        // Karanganyar: IND-1 (twice) and IND-2 = 2; Surakarta: IND-1 = 1. In 2026 only Karanganyar's January IND-1.
        Assert.Equal([new ReportedIndicators("33.13", 2), new ReportedIndicators("33.72", 1)], all);
        Assert.Equal([new ReportedIndicators("33.13", 1)], in2026);
    }

    [SkippableFact]
    public async Task A_large_batch_with_repeated_keys_keeps_the_last_value_of_each()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);

        // 3 regions x 10 indicators x 24 months = 720 keys, each written twice (second pass: value + 1000).
        IEnumerable<RegionObservation> Batch() =>
            from pass in Enumerable.Range(0, 2)
            from region in new[] { "33.13", "33.72", "33.11" }
            from indicator in Enumerable.Range(1, 10)
            from month in Enumerable.Range(0, 24)
            select new RegionObservation(new RegionCode(region), IndicatorFramework.Local, $"IND-{indicator}", ObservationPeriod.Month(2024 + (month / 12), (month % 12) + 1),
                (pass * 1000) + indicator + (month / 100m), "BPS");

        var outcome = await store.UpsertAsync(Batch(), "ani", Monday);

        Assert.Equal(2 * 3 * 10 * 24, outcome.Read);
        var surakarta = await store.ReadAsync(Surakarta, new ObservationQuery(IndicatorFramework.Local, "IND-7"));
        Assert.Equal(24, surakarta.Count);
        Assert.Equal(1000 + 7 + 0.23m, surakarta[^1].Observation.Value);
        Assert.Equal([new ReportedIndicators("33.11", 10), new ReportedIndicators("33.13", 10), new ReportedIndicators("33.72", 10)], await store.ReportedCountsAsync());
    }

    private static string Label(StoredObservation stored) => $"{stored.Observation.Code} {stored.Observation.Period}";
}

/// <summary>The observation store on SQLite (one prepared upsert per row).</summary>
public sealed class SqliteObservationStoreTests : ObservationStoreContract
{
    private protected override TestDatabase CreateDatabase() => TestDatabases.Sqlite();

    [Fact]
    public async Task Reading_a_database_that_was_never_written_finds_nothing_and_creates_no_file()
    {
        using var database = CreateDatabase();
        var store = ObservationStore.Open(database.Location);

        Assert.Empty(await store.ReadAsync(new RegionCode("33.13")));
        Assert.False(File.Exists(database.Location.Display));
    }
}

/// <summary>The observation store on PostgreSQL (binary COPY into a temporary table, one upsert).</summary>
public sealed class PostgresObservationStoreTests : ObservationStoreContract
{
    private protected override TestDatabase CreateDatabase() => TestDatabases.Postgres();
}
