using System.Net;
using Karsa.Application.Access;
using Karsa.Application.Calendar;
using Karsa.Application.Monitoring;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Calendar;
using Karsa.Storage;
using Karsa.Storage.Accounts;
using Karsa.Storage.Mail;
using Karsa.Testing;
using Karsa.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace Karsa.Web.Tests.Jobs;

/// <summary>The web app's scheduled jobs run the reminders and send them: the reporter of an agency that owes gets the mail from the SMTP server started by the test.</summary>
[Collection("Jobs")]
public sealed class SendRemindersJobTests
{
    [Fact]
    public async Task The_scheduled_jobs_remind_the_reporter_of_an_agency_that_owes_by_mail_once()
    {
        using var database = TestDatabases.Sqlite();
        var port = FreePorts.Loopback();
        using var smtp = SimpleSmtpServer.Start(port);
        var facts = new OwingFacts();
        await using var factory = new KarsaWebFactory(database, loadSample: false, settings: new Dictionary<string, string>
        {
            ["Karsa:Mail:Host"] = "127.0.0.1",
            ["Karsa:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Karsa:Mail:Security"] = "None",
            ["Karsa:Mail:IntervalSeconds"] = "1",
            ["Karsa:Reminders:IntervalSeconds"] = "1",
        });
        await using var app = factory.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<IProgressFacts>(facts)));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        // A period open since yesterday, due in three days: its 7-day reminder is due today.
        var today = CalendarDays.Today(DateTimeOffset.UtcNow);
        var opens = today.AddDays(-1);
        var planner = new Actor("Ani", Role.Planner, new RegionCode("33.13"), null);
        var period = await CalendarUseCases.AddAsync(database.Db, planner, "33.13",
            new PeriodInput(opens.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "Triwulan uji", opens.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "7"), TimeProvider.System);
        Assert.True(period.Succeeded, period.Error?.Message.Indonesian);
        lock (facts.Owing)
        {
            facts.Owing.Add("DINKES");
        }

        await using (var context = new KarsaDbContextFactory(database.Location).CreateDbContext())
        {
            context.Users.Add(new KarsaUser { UserName = "dinkes", Email = "dinkes@karanganyarkab.go.id", DisplayName = "Pelapor Dinkes", Role = nameof(Role.AgencyReporter), RegionCode = "33.13", AgencyCode = "DINKES" });
            await context.SaveChangesAsync();
        }

        using var watchdog = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var outbox = new MailOutbox(new KarsaDbContextFactory(database.Location));
        while (smtp.ReceivedEmailCount == 0 || (await outbox.StatusAsync()).Waiting > 0)
        {
            Assert.False(watchdog.IsCancellationRequested, "The scheduled jobs never sent the reminder.");
            await Task.Delay(200);
        }

        var received = Assert.Single(smtp.ReceivedEmail);
        Assert.Equal("dinkes@karanganyarkab.go.id", received.ToAddresses.Single().Address);
        Assert.StartsWith("Pengingat: laporan Triwulan uji jatuh tempo", received.Headers["Subject"], StringComparison.Ordinal);
        var again = await ReminderRun.RunAsync(database.Db, facts, TimeProvider.System, null);
        Assert.Equal(new ReminderRunResult(0, 0, 1), again.Value);
    }
}
