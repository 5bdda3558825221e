using Karsa.Application.Access;
using Karsa.Application.Calendar;
using Karsa.Storage;
using Microsoft.EntityFrameworkCore;
using static Karsa.Application.Tests.Calendar.CalendarFixture;

namespace Karsa.Application.Tests.Calendar;

/// <summary>
/// The reminder run: who gets a reminder (active reporters of agencies that owe; planners the overdue
/// digest), in which language, and that each reminder goes out once; what each agency owes.
/// </summary>
public sealed class ReminderRunTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>Three days before the due date (10 April): the 7-day reminder is due.</summary>
    private static readonly DateTimeOffset WeekBefore = new(2027, 4, 3, 6, 0, 0, Wib);

    private static async Task<(CalendarFixture Fixture, PeriodView Period)> RegionAsync(string provider = "sqlite")
    {
        var fixture = await CreateAsync(provider, WeekBefore);
        var period = await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", new PeriodInput("2027", "Triwulan I 2027", "2027-04-01", "2027-04-10", "7, 0, -1"), fixture.Clock);
        fixture.Facts.Set(Karanganyar, 2027, "DINKES", "DISHUB");
        return (fixture, period.Value!);
    }

    [Fact]
    public async Task Active_reporters_of_agencies_that_owe_get_one_notice_and_one_mail_each()
    {
        var (fixture, period) = await RegionAsync();
        using var _ = fixture;
        var dinkes = await fixture.AddUserAsync("dinkes", Role.AgencyReporter, "DINKES");
        var dishub = await fixture.AddUserAsync("dishub", Role.AgencyReporter, "DISHUB", language: "en");
        await fixture.AddUserAsync("dinkes.lama", Role.AgencyReporter, "DINKES", locked: true);
        await fixture.AddUserAsync("diskominfo", Role.AgencyReporter, "DISKOMINFO");
        await fixture.AddUserAsync("sala", Role.AgencyReporter, "DINKES", region: "33.72");
        await fixture.AddUserAsync("bappeda", Role.Planner);

        var run = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, "https://karsa.karanganyarkab.go.id/");

        Assert.Equal(new ReminderRunResult(2, 0, 0), run.Value);
        Assert.Contains((Karanganyar, new Domain.Primitives.FiscalYear(2027), new DateTimeOffset(2027, 4, 1, 0, 0, 0, Wib)), fixture.Facts.Asked);
        await using var context = new KarsaDbContextFactory(fixture.Database.Location).CreateDbContext();
        var mails = await context.OutboxMails.AsNoTracking().OrderBy(m => m.To).ToListAsync();
        Assert.Equal(["dinkes@karanganyarkab.go.id", "dishub@karanganyarkab.go.id"], mails.Select(m => m.To).Order());
        var indonesian = mails.Single(m => m.To.StartsWith("dinkes", StringComparison.Ordinal));
        Assert.Equal("Pengingat: laporan Triwulan I 2027 jatuh tempo 10 April 2027 (7 hari lagi)", indonesian.Subject);
        Assert.Contains("https://karsa.karanganyarkab.go.id/wilayah/33.13/kewajiban", indonesian.Body, StringComparison.Ordinal);
        Assert.Equal("Reminder: the Triwulan I 2027 report is due on 10 April 2027 (in 7 days)", mails.Single(m => m.To.StartsWith("dishub", StringComparison.Ordinal)).Subject);
        var notices = await NotificationUseCases.ListAsync(fixture.Db, dinkes, 0, 10);
        var notice = Assert.Single(notices.Value!.Items);
        Assert.Equal(("reminder-upcoming", "/wilayah/33.13/kewajiban", 1), (notice.Kind, notice.Link, notices.Value.Unread));
        Assert.Equal(1, (await NotificationUseCases.UnreadAsync(fixture.Db, dishub)).Value!.Count);
        Assert.Equal(period.Id, (await context.RemindersSent.AsNoTracking().Select(r => r.PeriodId).Distinct().SingleAsync()));
    }

    [Fact]
    public async Task A_second_run_sends_nothing_and_the_next_reminder_day_sends_the_next_reminder()
    {
        var (fixture, _) = await RegionAsync();
        using var __ = fixture;
        await fixture.AddUserAsync("dinkes", Role.AgencyReporter, "DINKES");

        var first = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);
        var again = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        var dueDay = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);

        Assert.Equal((1, 0), (first.Value!.Reminders, first.Value.AlreadySent));
        Assert.Equal((0, 1), (again.Value!.Reminders, again.Value.AlreadySent));
        Assert.Equal((1, 0), (dueDay.Value!.Reminders, dueDay.Value.AlreadySent));
        await using var context = new KarsaDbContextFactory(fixture.Database.Location).CreateDbContext();
        Assert.Equal(["Hari ini batas waktu laporan Triwulan I 2027", "Pengingat: laporan Triwulan I 2027 jatuh tempo 10 April 2027 (7 hari lagi)"],
            (await context.OutboxMails.AsNoTracking().Select(m => m.Subject).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task After_the_due_date_planners_get_the_digest_of_the_agencies_still_owing()
    {
        var (fixture, _) = await RegionAsync();
        using var __ = fixture;
        await fixture.AddUserAsync("dinkes", Role.AgencyReporter, "DINKES");
        var planner = await fixture.AddUserAsync("bappeda", Role.Planner);
        await fixture.AddUserAsync("pengamat", Role.Viewer);
        fixture.Clock.Advance(TimeSpan.FromDays(8));

        var run = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);

        Assert.Equal(new ReminderRunResult(1, 1, 0), run.Value);
        var digest = Assert.Single((await NotificationUseCases.ListAsync(fixture.Db, planner, 0, 10)).Value!.Items);
        Assert.Equal(("overdue-digest", "2 perangkat daerah terlambat melapor Triwulan I 2027"), (digest.Kind, digest.Text.Indonesian));
        await using var context = new KarsaDbContextFactory(fixture.Database.Location).CreateDbContext();
        var mail = await context.OutboxMails.AsNoTracking().SingleAsync(m => m.To == "bappeda@karanganyarkab.go.id");
        Assert.Contains("- DINKES", mail.Body, StringComparison.Ordinal);
        Assert.Contains("- DISHUB", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_sent_when_no_agency_owes_or_before_the_first_reminder_day()
    {
        var (fixture, _) = await RegionAsync();
        using var __ = fixture;
        await fixture.AddUserAsync("dinkes", Role.AgencyReporter, "DINKES");
        fixture.Clock.Advance(TimeSpan.FromDays(-1));

        var early = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        fixture.Facts.Set(Karanganyar, 2027);
        var nothingOwed = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);

        Assert.Equal(new ReminderRunResult(0, 0, 0), early.Value);
        Assert.Equal(new ReminderRunResult(0, 0, 0), nothingOwed.Value);
    }

    [Fact]
    public async Task A_reporter_sees_what_their_agency_owes_and_planners_see_the_overdue_list()
    {
        var (fixture, _) = await RegionAsync();
        using var __ = fixture;
        await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", new PeriodInput("2026", "Laporan akhir 2026", "2027-01-02", "2027-01-31", null), fixture.Clock);
        await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", new PeriodInput("2027", "Triwulan II 2027", "2027-07-01", "2027-07-10", null), fixture.Clock);
        fixture.Facts.Set(Karanganyar, 2026, "DINKES");
        var dinkes = new Actor("dinkes", Role.AgencyReporter, Karanganyar, "DINKES");
        var diskominfo = new Actor("diskominfo", Role.AgencyReporter, Karanganyar, "DISKOMINFO");

        var owedByDinkes = (await ObligationUseCases.OwedAsync(fixture.Db, dinkes, "33.13", fixture.Facts, fixture.Clock)).Value!;
        var owedByDiskominfo = (await ObligationUseCases.OwedAsync(fixture.Db, diskominfo, "33.13", fixture.Facts, fixture.Clock)).Value!;
        var overdue = (await ObligationUseCases.OverdueAsync(fixture.Db, Planner, "33.13", fixture.Facts, fixture.Clock)).Value!;
        var refused = await ObligationUseCases.OverdueAsync(fixture.Db, dinkes, "33.13", fixture.Facts, fixture.Clock);

        Assert.Equal([("Laporan akhir 2026", true, true, -62), ("Triwulan I 2027", true, false, 7)],
            owedByDinkes.Periods.Select(o => (o.Period.Period.Name, o.Owed, o.Overdue, o.DaysLeft)));
        Assert.Equal([("Triwulan I 2027", false, false)], owedByDiskominfo.Periods.Select(o => (o.Period.Period.Name, o.Owed, o.Overdue)));
        var late = Assert.Single(overdue.Periods);
        Assert.Equal("Laporan akhir 2026", late.Period.Period.Name);
        Assert.Equal(["DINKES"], late.Agencies);
        Assert.False(refused.Succeeded);
    }

    [Fact]
    public async Task Notices_are_marked_read_one_or_all_and_only_the_owners()
    {
        var (fixture, _) = await RegionAsync();
        using var __ = fixture;
        var dinkes = await fixture.AddUserAsync("dinkes", Role.AgencyReporter, "DINKES");
        var dishub = await fixture.AddUserAsync("dishub", Role.AgencyReporter, "DISHUB");
        await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);
        var mine = (await NotificationUseCases.ListAsync(fixture.Db, dinkes, 0, 10)).Value!;

        var othersNotice = await NotificationUseCases.MarkReadAsync(fixture.Db, dishub, mine.Items[0].Id, fixture.Clock);
        var one = await NotificationUseCases.MarkReadAsync(fixture.Db, dinkes, mine.Items[0].Id, fixture.Clock);
        var rest = await NotificationUseCases.MarkReadAsync(fixture.Db, dinkes, null, fixture.Clock);

        Assert.Equal((2, 2), (mine.Items.Count, mine.Unread));
        Assert.False(othersNotice.Succeeded);
        Assert.Equal((1, 1), (one.Value!.Count, rest.Value!.Count));
        Assert.Equal(0, (await NotificationUseCases.UnreadAsync(fixture.Db, dinkes)).Value!.Count);
        Assert.Equal(2, (await NotificationUseCases.UnreadAsync(fixture.Db, dishub)).Value!.Count);
    }
}
