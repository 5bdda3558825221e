using System.Net;
using Karsa.Storage;
using Karsa.Storage.Mail;
using Karsa.Testing;
using Karsa.Web.Tests.Support;
using netDumbster.smtp;

namespace Karsa.Web.Tests.Jobs;

/// <summary>The web app's job library sends the outbox on its own schedule to the configured SMTP server.</summary>
[Collection("Jobs")]
public sealed class SendMailJobTests
{
    [Fact]
    public async Task A_mail_put_in_the_outbox_is_sent_by_the_scheduled_job()
    {
        using var database = TestDatabases.Sqlite();
        var port = FreePorts.Loopback();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var app = new KarsaWebFactory(database, settings: new Dictionary<string, string>
        {
            ["Karsa:Mail:Host"] = "127.0.0.1",
            ["Karsa:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Karsa:Mail:Security"] = "None",
            ["Karsa:Mail:FromAddress"] = "karsa@karanganyarkab.go.id",
            ["Karsa:Mail:IntervalSeconds"] = "1",
        });
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        var outbox = new MailOutbox(new KarsaDbContextFactory(database.Location));
        await outbox.EnqueueAsync([new OutgoingMail("reminder", "33.13", "bappeda@example.id", "Bappeda", "Pengingat laporan", "Laporan triwulan I jatuh tempo.")], DateTimeOffset.UtcNow);

        using var watchdog = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (smtp.ReceivedEmailCount == 0)
        {
            Assert.False(watchdog.IsCancellationRequested, "The scheduled job never sent the mail.");
            await Task.Delay(200);
        }

        var received = Assert.Single(smtp.ReceivedEmail);
        Assert.Equal("Pengingat laporan", received.Headers["Subject"]);
        Assert.Equal("bappeda@example.id", received.ToAddresses.Single().Address);
        Assert.Equal(0, (await outbox.StatusAsync()).Waiting);
    }
}
