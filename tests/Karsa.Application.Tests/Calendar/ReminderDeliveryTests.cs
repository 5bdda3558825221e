using Karsa.Application.Access;
using Karsa.Application.Calendar;
using Karsa.Application.Mail;
using Karsa.Storage;
using Karsa.Storage.Mail;
using Karsa.Testing;
using netDumbster.smtp;
using static Karsa.Application.Tests.Calendar.CalendarFixture;

namespace Karsa.Application.Tests.Calendar;

/// <summary>
/// Reminders end to end against a real SMTP server started by the test (netDumbster): the reminder run
/// puts them in the outbox and the delivery (the SendMail job's work) sends them; while the server is
/// down they wait, once it is back on the same port each goes out exactly once, and running the
/// reminders again sends nothing new, also with two servers running both at once.
/// </summary>
public sealed class ReminderDeliveryTests
{
    private static readonly DateTimeOffset WeekBefore = new(2027, 4, 3, 6, 0, 0, TimeSpan.FromHours(7));

    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    [SkippableTheory]
    [MemberData(nameof(Databases))]
    public async Task Reminders_wait_while_the_server_is_down_and_go_out_exactly_once_when_it_is_back(string provider)
    {
        using var fixture = await RegionAsync(provider, "DINKES", "DISHUB", "BAPPEDA");
        await fixture.AddUserAsync("dinkes", Role.AgencyReporter, "DINKES");
        await fixture.AddUserAsync("dishub", Role.AgencyReporter, "DISHUB");
        await fixture.AddUserAsync("bappeda.opd", Role.AgencyReporter, "BAPPEDA", language: "en");
        var port = FreePorts.Loopback();
        var settings = Settings(port);

        var reminded = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);
        var whileDown = await DeliverAsync(fixture, settings, "server-a");

        Assert.Equal(new ReminderRunResult(3, 0, 0), reminded.Value);
        Assert.Equal(new DeliveryRun(0, 3), whileDown);
        Assert.Equal((3, 0), await OutboxAsync(fixture));

        using var smtp = SimpleSmtpServer.Start(port);
        fixture.Clock.Advance(MailDelivery.RetryAfter(1));
        var whenBack = await DeliverAsync(fixture, settings, "server-a");
        var remindedAgain = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);
        var afterwards = await DeliverAsync(fixture, settings, "server-a");

        Assert.Equal(new DeliveryRun(3, 0), whenBack);
        Assert.Equal(new ReminderRunResult(0, 0, 3), remindedAgain.Value);
        Assert.Equal(new DeliveryRun(0, 0), afterwards);
        Assert.Equal((0, 3), await OutboxAsync(fixture));
        AssertEachOnce(smtp, ["bappeda.opd@karanganyarkab.go.id", "dinkes@karanganyarkab.go.id", "dishub@karanganyarkab.go.id"]);
        Assert.Contains(smtp.ReceivedEmail, m => m.Headers["Subject"] == "Reminder: the Triwulan I 2027 report is due on 10 April 2027 (in 7 days)");
        Assert.Contains(smtp.ReceivedEmail, m => m.Headers["Subject"] == "Pengingat: laporan Triwulan I 2027 jatuh tempo 10 April 2027 (7 hari lagi)");
    }

    [SkippableFact]
    public async Task Two_servers_running_reminders_and_mail_at_once_send_each_reminder_exactly_once_on_PostgreSQL()
    {
        var agencies = Enumerable.Range(1, 12).Select(i => $"OPD-{i:00}").ToArray();
        using var fixture = await RegionAsync("postgres", agencies);
        foreach (var agency in agencies)
        {
            await fixture.AddUserAsync(agency.ToLowerInvariant(), Role.AgencyReporter, agency);
        }

        var port = FreePorts.Loopback();
        using var smtp = SimpleSmtpServer.Start(port);
        var settings = Settings(port);
        settings.BatchSize = 5;

        var runs = await Task.WhenAll(ServerAsync("server-a"), ServerAsync("server-b"));

        Assert.Equal(12, runs.Sum(r => r.Reminders));
        Assert.Equal(24, runs.Sum(r => r.Reminders + r.AlreadySent));
        AssertEachOnce(smtp, agencies.Select(a => $"{a.ToLowerInvariant()}@karanganyarkab.go.id"));

        async Task<ReminderRunResult> ServerAsync(string server)
        {
            var reminded = (await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null)).Value!;
            while ((await DeliverAsync(fixture, settings, server)).Sent > 0)
            {
            }

            return reminded;
        }
    }

    private static async Task<CalendarFixture> RegionAsync(string provider, params string[] owing)
    {
        var fixture = await CreateAsync(provider, WeekBefore);
        var added = await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", new PeriodInput("2027", "Triwulan I 2027", "2027-04-01", "2027-04-10", "7, 0, -1"), fixture.Clock);
        Assert.True(added.Succeeded, added.Error?.Message.Indonesian);
        fixture.Facts.Set(Karanganyar, 2027, owing);
        return fixture;
    }

    private static MailSettings Settings(int port) =>
        new() { Host = "127.0.0.1", Port = port, Security = "None", FromAddress = "karsa@karanganyarkab.go.id", TimeoutSeconds = 5 };

    private static Task<DeliveryRun> DeliverAsync(CalendarFixture fixture, MailSettings settings, string server) =>
        MailDelivery.DeliverAsync(fixture.Db, new SmtpMailTransport(settings), settings, fixture.Clock, server, default);

    private static async Task<(int Waiting, int Sent)> OutboxAsync(CalendarFixture fixture)
    {
        var status = await new MailOutbox(new KarsaDbContextFactory(fixture.Database.Location)).StatusAsync();
        return (status.Waiting, status.Sent);
    }

    /// <summary>Each recipient got one mail, and no Message-Id came twice.</summary>
    private static void AssertEachOnce(SimpleSmtpServer smtp, IEnumerable<string> recipients)
    {
        var received = smtp.ReceivedEmail.ToList();
        Assert.Equal(recipients.Order(StringComparer.Ordinal), received.Select(m => m.ToAddresses.Single().Address).Order(StringComparer.Ordinal));
        Assert.Equal(received.Count, received.Select(m => m.Headers["Message-ID"]).Distinct(StringComparer.Ordinal).Count());
    }
}
