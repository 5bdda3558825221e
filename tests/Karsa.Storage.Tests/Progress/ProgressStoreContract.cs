using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage.Monitoring;
using Karsa.Storage.Progress;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Tests.Progress;

/// <summary>What the progress store must do on every provider; run once per provider.</summary>
public abstract class ProgressStoreContract
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly RegionCode Karanganyar = new("33.13");
    private static readonly ProgrammeReference Gov01 = new(Karanganyar, 2, new ProgrammeCode("GOV-01"));
    private static readonly FiscalYear Year2026 = new(2026);
    private static readonly ProgressStatusList Statuses = ProgressStatusList.Default;

    private protected abstract TestDatabase CreateDatabase();

    private static ProgressReport Report(string status = "berjalan", decimal? percent = 40m, long apbd = 150_000_000, string? notes = "Tahap 1 selesai") =>
        new(Gov01, Year2026, Statuses.Resolve(status), percent,
            [new RealisedSpending("apbd", new Rupiah(apbd)), new RealisedSpending("dak", new Rupiah(25_000_000))],
            [new Milestone("Kontrak ditandatangani", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10)), new Milestone("Uji coba", new DateOnly(2026, 9, 1), null)],
            notes);

    private static EvidenceRecord Evidence(char id, string fileName, string contentType, long bytes) => new()
    {
        Id = new string(id, 32),
        RegionCode = "33.13",
        PlanVersion = 2,
        ProgrammeCode = "GOV-01",
        FiscalYear = 2026,
        FileName = fileName,
        Kind = Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant(),
        ContentType = contentType,
        Bytes = bytes,
        Sha256 = new string('b', 64),
        UploadedBy = "ani",
        UploadedAt = Monday,
    };

    [SkippableFact]
    public async Task A_saved_report_reads_back_whole_and_saving_it_again_changes_nothing()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);

        var first = await store.SaveAsync(Report(), 0, "ani", Monday);
        var again = await store.SaveAsync(Report(), null, "budi", Monday.AddDays(1));

        Assert.Equal(new ProgressSave(true, 1), first);
        Assert.Equal(new ProgressSave(false, 1), again);
        var stored = await store.ReadAsync(Gov01, Year2026, Statuses);
        Assert.NotNull(stored);
        Assert.Equal(Report(), stored.Report);
        Assert.Equal(("ani", 1), (stored.ReportedBy, stored.Revision));
    }

    [SkippableFact]
    public async Task Every_committed_write_raises_the_databases_write_generation_and_reads_do_not()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);
        await store.SaveAsync(Report(), 0, "ani", Monday);

        var afterFirst = WriteGenerations.Of(database.Location);
        await store.ReadAsync(Karanganyar, 2, Statuses);
        await store.StampAsync(Karanganyar, 2);
        var afterReads = WriteGenerations.Of(database.Location);
        await store.SaveAsync(Report(percent: 60m), 1, "budi", Monday.AddDays(1));
        var afterChange = WriteGenerations.Of(database.Location);
        await store.AddEvidenceAsync(Evidence('c', "foto.jpg", "image/jpeg", 2048));

        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, afterReads);
        Assert.True(afterChange > afterReads);
        Assert.True(WriteGenerations.Of(database.Location) > afterChange);
    }

    [SkippableFact]
    public async Task A_statement_that_changes_rows_outside_a_save_raises_the_generation_and_one_that_changes_none_does_not()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);
        await store.SaveAsync(Report(), 0, "ani", Monday);
        await using var context = KarsaDbContextFactory.For(database.Location).CreateDbContext();

        var before = WriteGenerations.Of(database.Location);
        var none = await context.ProgressReports.Where(r => r.ReportedBy == "nobody").ExecuteUpdateAsync(set => set.SetProperty(r => r.Notes, "x"));
        var afterNone = WriteGenerations.Of(database.Location);
        var some = await context.ProgressReports.Where(r => r.ReportedBy == "ani").ExecuteUpdateAsync(set => set.SetProperty(r => r.Notes, "diubah"));

        Assert.Equal((0, 1), (none, some));
        Assert.Equal(before, afterNone);
        Assert.True(WriteGenerations.Of(database.Location) > afterNone);
    }

    [SkippableFact]
    public async Task A_change_raises_the_revision_and_replaces_money_and_milestones()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);
        await store.SaveAsync(Report(), 0, "ani", Monday);

        var changed = new ProgressReport(Gov01, Year2026, Statuses.Resolve("terhambat"), 45m, [new RealisedSpending("apbd", new Rupiah(200_000_000))], [], null);
        var saved = await store.SaveAsync(changed, 1, "budi", Monday.AddDays(1));

        Assert.Equal(new ProgressSave(true, 2), saved);
        var stored = Assert.Single(await store.ReadAsync(Karanganyar, 2, Statuses));
        Assert.Equal(changed, stored.Report);
        Assert.Equal("budi", stored.ReportedBy);
    }

    [SkippableFact]
    public async Task A_stale_revision_is_a_conflict_and_writes_nothing()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);
        await store.SaveAsync(Report(), 0, "ani", Monday);
        await store.SaveAsync(Report(percent: 60m), 1, "budi", Monday);

        await Assert.ThrowsAsync<ProgressConflictException>(() => store.SaveAsync(Report(percent: 70m), 1, "citra", Monday));
        await Assert.ThrowsAsync<ProgressConflictException>(() => store.SaveAsync(Report(percent: 70m), 0, "citra", Monday));

        var stored = await store.ReadAsync(Gov01, Year2026, Statuses);
        Assert.Equal((60m, 2), (stored!.Report.Percent, stored.Revision));
    }

    [SkippableFact]
    public async Task An_import_writes_reports_and_observations_together_and_again_changes_nothing()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);
        RegionObservation[] observations = [new(Karanganyar, IndicatorFramework.Local, "IND-1", ObservationPeriod.Parse("2026"), 52.5m, "BPS")];

        var first = await store.ImportAsync([Report()], observations, "ani", Monday);
        var again = await store.ImportAsync([Report()], observations, "ani", Monday.AddDays(1));

        Assert.Equal(new ProgressImportOutcome(1, 1, new ObservationUpsert(1, 1)), first);
        Assert.Equal(new ProgressImportOutcome(1, 0, new ObservationUpsert(1, 0)), again);
        Assert.Single(await ObservationStore.Open(database.Location).ReadAsync(Karanganyar));
    }

    [SkippableFact]
    public async Task A_large_import_inserts_new_reports_updates_changed_ones_and_keeps_the_later_of_two_lines_for_one_report()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);
        await store.SaveAsync(Report(), 0, "ani", Monday);
        var gov02 = new ProgrammeReference(Karanganyar, 2, new ProgrammeCode("GOV-02"));
        var other = new ProgrammeReference(Karanganyar, 2, new ProgrammeCode("GOV-03"));
        var many = Enumerable.Range(2025, 10)
            .Select(year => new ProgressReport(gov02, new FiscalYear(year), Statuses.Resolve("berjalan"), year - 2020m, [new RealisedSpending("apbd", new Rupiah(year))]))
            .ToList();
        List<ProgressReport> reports =
        [
            Report(percent: 55m),
            .. many,
            new(other, Year2026, Statuses.Resolve("persiapan"), null),
            new(other, Year2026, Statuses.Resolve("berjalan"), 30m),
        ];

        var outcome = await store.ImportAsync(reports, [], "budi", Monday.AddDays(1));
        var again = await store.ImportAsync([.. reports.Take(11)], [], "budi", Monday.AddDays(2));

        Assert.Equal((13, 13), (outcome.ReportsRead, outcome.ReportsChanged));
        Assert.Equal((11, 0), (again.ReportsRead, again.ReportsChanged));
        var stored = await store.ReadAsync(Karanganyar, 2, Statuses);
        Assert.Equal(12, stored.Count);
        Assert.Equal((55m, 2, "budi"), stored.Where(r => r.Report.Programme == Gov01).Select(r => (r.Report.Percent, r.Revision, r.ReportedBy)).Single());
        Assert.Equal(many, stored.Where(r => r.Report.Programme == gov02).Select(r => r.Report));
        Assert.Equal(("berjalan", 30m), stored.Where(r => r.Report.Programme == other).Select(r => (r.Report.Status.Key, r.Report.Percent)).Single());
    }

    [SkippableFact]
    public async Task An_import_that_fails_part_way_leaves_the_reports_as_they_were()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);
        await store.SaveAsync(Report(), 0, "ani", Monday);
        var failing = new FailingAfterFirst(new(Karanganyar, IndicatorFramework.Local, "IND-1", ObservationPeriod.Parse("2026"), 1m, "BPS"));

        await Assert.ThrowsAnyAsync<Exception>(() => store.ImportAsync([Report(percent: 90m)], failing, "budi", Monday));

        var stored = await store.ReadAsync(Gov01, Year2026, Statuses);
        Assert.Equal((40m, 1), (stored!.Report.Percent, stored.Revision));
        Assert.Empty(await ObservationStore.Open(database.Location).ReadAsync(Karanganyar));
    }

    [SkippableFact]
    public async Task The_stamp_of_a_plan_version_changes_with_a_new_or_changed_report_or_evidence_and_not_with_an_unchanged_save()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);
        var stamps = new List<string> { await store.StampAsync(Karanganyar, 2) };

        await store.SaveAsync(Report(), 0, "ani", Monday);
        stamps.Add(await store.StampAsync(Karanganyar, 2));
        await store.SaveAsync(Report(), null, "ani", Monday);
        var unchanged = await store.StampAsync(Karanganyar, 2);
        await store.SaveAsync(Report(percent: 60m), null, "ani", Monday);
        stamps.Add(await store.StampAsync(Karanganyar, 2));
        await store.AddEvidenceAsync(Evidence('c', "foto.jpg", "image/jpeg", 10));
        stamps.Add(await store.StampAsync(Karanganyar, 2));

        Assert.Equal(stamps[1], unchanged);
        Assert.Equal(4, stamps.Distinct().Count());
        Assert.DoesNotContain(await store.StampAsync(Karanganyar, 3), stamps.Skip(1));
    }

    [SkippableFact]
    public async Task Evidence_metadata_joins_its_report_and_is_found_only_in_its_region()
    {
        using var database = CreateDatabase();
        var store = ProgressStore.Open(database.Location);
        await store.SaveAsync(Report(), 0, "ani", Monday);
        var evidence = Evidence('a', "laporan.pdf", "application/pdf", 1234);

        await store.AddEvidenceAsync(evidence);

        var stored = await store.ReadAsync(Gov01, Year2026, Statuses);
        Assert.Equal(new EvidenceReference(evidence.Id, "laporan.pdf", "application/pdf", 1234), Assert.Single(stored!.Report.Evidence));
        Assert.NotNull(await store.EvidenceAsync(Karanganyar, evidence.Id));
        Assert.Null(await store.EvidenceAsync(new RegionCode("33.72"), evidence.Id));
    }

    /// <summary>Observations whose reading fails after the first, as a broken upload would.</summary>
    private sealed class FailingAfterFirst(RegionObservation first) : IReadOnlyList<RegionObservation>
    {
        public int Count => 2;

        public RegionObservation this[int index] => first;

        public IEnumerator<RegionObservation> GetEnumerator()
        {
            yield return first;
            throw new IOException("The upload broke off.");
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>The progress store on SQLite.</summary>
public sealed class SqliteProgressStoreTests : ProgressStoreContract
{
    private protected override TestDatabase CreateDatabase() => TestDatabases.Sqlite();
}

/// <summary>The progress store on PostgreSQL.</summary>
public sealed class PostgresProgressStoreTests : ProgressStoreContract
{
    private protected override TestDatabase CreateDatabase() => TestDatabases.Postgres();
}
