using Karsa.Storage.Accounts;
using Karsa.Storage.Calendar;
using Karsa.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Tests.Calendar;

/// <summary>The record of reminders sent: each (period, user, reminder day) is recorded once, however many callers try, on both providers.</summary>
public sealed class ReminderLedgerTests
{
    private static readonly DateTimeOffset Now = new(2027, 4, 3, 8, 0, 0, TimeSpan.FromHours(7));

    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    [SkippableTheory]
    [MemberData(nameof(Databases))]
    public async Task A_reminder_is_recorded_once_and_a_second_record_is_skipped(string provider)
    {
        using var database = provider == "sqlite" ? TestDatabases.Sqlite() : TestDatabases.Postgres();
        var (contexts, period, user) = await SeedAsync(database);
        await using var context = contexts.CreateDbContext();

        var first = await ReminderLedger.TryRecordAsync(context, period, user, "upcoming", 7, Now, default);
        var again = await ReminderLedger.TryRecordAsync(context, period, user, "upcoming", 7, Now.AddHours(1), default);
        var nextDay = await ReminderLedger.TryRecordAsync(context, period, user, "due", 0, Now.AddDays(7), default);

        Assert.Equal((true, false, true), (first, again, nextDay));
        var rows = await context.RemindersSent.AsNoTracking().OrderBy(r => r.DaysBeforeDue).ToListAsync();
        Assert.Equal([(0, "due"), (7, "upcoming")], rows.Select(r => (r.DaysBeforeDue, r.Kind)));
        Assert.Equal(Now, rows[1].SentAt);
    }

    [SkippableFact]
    public async Task Many_servers_recording_the_same_reminder_at_once_record_it_once_on_PostgreSQL()
    {
        using var database = TestDatabases.Postgres();
        var (contexts, period, user) = await SeedAsync(database);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var context = contexts.CreateDbContext();
            await using var transaction = await context.Database.BeginTransactionAsync();
            var recorded = await ReminderLedger.TryRecordAsync(context, period, user, "overdue", -1, Now, default);
            await transaction.CommitAsync();
            return recorded;
        }));

        Assert.Equal(1, outcomes.Count(recorded => recorded));
        await using var check = contexts.CreateDbContext();
        Assert.Equal(1, await check.RemindersSent.CountAsync());
    }

    private static async Task<(KarsaDbContextFactory Contexts, long Period, string User)> SeedAsync(TestDatabase database)
    {
        await (await PlanStore.OpenAsync(database.Location)).MigrateAsync();
        var contexts = new KarsaDbContextFactory(database.Location);
        await using var context = contexts.CreateDbContext();
        var user = new KarsaUser { UserName = "pelapor", DisplayName = "Pelapor Dinkes", Role = "AgencyReporter", RegionCode = "33.13", AgencyCode = "DINKES" };
        var period = new ReportingPeriodRecord
        {
            RegionCode = "33.13",
            FiscalYear = 2027,
            Name = "Triwulan I 2027",
            Opens = new(2027, 4, 1),
            Due = new(2027, 4, 10),
            ReminderDays = "7, 0, -1",
            UpdatedBy = "ani",
        };
        context.Users.Add(user);
        context.ReportingPeriods.Add(period);
        await context.SaveChangesAsync();
        return (contexts, period.Id, user.Id);
    }
}
