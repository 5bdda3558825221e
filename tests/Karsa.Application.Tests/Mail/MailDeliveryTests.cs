using System.Net;
using Karsa.Application.Mail;
using Karsa.Storage;
using Karsa.Storage.Mail;
using Karsa.Testing;
using Karsa.Testing.Databases;
using netDumbster.smtp;

namespace Karsa.Application.Tests.Mail;

/// <summary>
/// The outbox against a real SMTP server started by the test (netDumbster): with the server down the
/// mails wait, and once it is back each goes out exactly once, also when two senders (servers) run at once.
/// </summary>
public sealed class MailDeliveryTests
{
    private static readonly DateTimeOffset Start = new(2027, 1, 15, 8, 0, 0, TimeSpan.FromHours(7));

    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    [SkippableTheory]
    [MemberData(nameof(Databases))]
    public async Task Mails_wait_while_the_server_is_down_and_go_out_once_each_when_it_is_back(string provider)
    {
        using var database = await MigratedAsync(provider);
        var clock = new TestClock(Start);
        var port = FreePorts.Loopback();
        var settings = new MailSettings { Host = "127.0.0.1", Port = port, Security = "None", FromAddress = "karsa@karanganyarkab.go.id", TimeoutSeconds = 5 };
        var transport = new SmtpMailTransport(settings);
        var outbox = new MailOutbox(new KarsaDbContextFactory(database.Location));
        var ids = await outbox.EnqueueAsync([Reminder("dinas-kominfo@example.id"), Reminder("bappeda@example.id"), Reminder("dishub@example.id")], Start);

        var whileDown = await MailDelivery.DeliverAsync(database.Db, transport, settings, clock, "server-a", default);
        var tooSoon = await MailDelivery.DeliverAsync(database.Db, transport, settings, clock, "server-a", default);

        Assert.Equal(new DeliveryRun(0, 3), whileDown);
        Assert.Equal(new DeliveryRun(0, 0), tooSoon);
        var waiting = await outbox.StatusAsync();
        Assert.Equal((3, 0, 3), (waiting.Waiting, waiting.Sent, waiting.WaitingAfterFailure));
        Assert.NotNull(waiting.LastError);

        using var server = SimpleSmtpServer.Start(port);
        clock.Advance(MailDelivery.RetryAfter(1));
        var whenBack = await MailDelivery.DeliverAsync(database.Db, transport, settings, clock, "server-a", default);
        var again = await MailDelivery.DeliverAsync(database.Db, transport, settings, clock, "server-a", default);

        Assert.Equal(new DeliveryRun(3, 0), whenBack);
        Assert.Equal(new DeliveryRun(0, 0), again);
        Assert.Equal(3, server.ReceivedEmailCount);
        Assert.Equal(ids.Select(id => $"<{id:N}@karanganyarkab.go.id>").Order(), server.ReceivedEmail.Select(m => m.Headers["Message-ID"]).Order());
        Assert.Equal(["bappeda@example.id", "dinas-kominfo@example.id", "dishub@example.id"], server.ReceivedEmail.Select(m => m.ToAddresses.Single().Address).Order());
        var done = await outbox.StatusAsync();
        Assert.Equal((0, 3), (done.Waiting, done.Sent));
    }

    [SkippableTheory]
    [MemberData(nameof(Databases))]
    public async Task Two_senders_at_once_send_every_mail_exactly_once(string provider)
    {
        using var database = await MigratedAsync(provider);
        var clock = new TestClock(Start);
        var port = FreePorts.Loopback();
        using var server = SimpleSmtpServer.Start(port);
        var settings = new MailSettings { Host = "127.0.0.1", Port = port, Security = "None", BatchSize = 7 };
        var outbox = new MailOutbox(new KarsaDbContextFactory(database.Location));
        var ids = await outbox.EnqueueAsync(Enumerable.Range(1, 40).Select(i => Reminder($"opd{i}@example.id")), Start);

        var runs = await Task.WhenAll(SendAllAsync("server-a"), SendAllAsync("server-b"));

        Assert.Equal(40, runs.Sum());
        Assert.Equal(40, server.ReceivedEmailCount);
        Assert.Equal(ids.Select(id => $"<{id:N}@localhost>").Order(), server.ReceivedEmail.Select(m => m.Headers["Message-ID"]).Order());

        async Task<int> SendAllAsync(string sender)
        {
            var total = 0;
            while ((await MailDelivery.DeliverAsync(database.Db, new SmtpMailTransport(settings), settings, clock, sender, default)) is { Sent: > 0 } run)
            {
                total += run.Sent;
            }

            return total;
        }
    }

    private static OutgoingMail Reminder(string to) =>
        new("reminder", "33.13", to, null, "Pengingat: laporan kemajuan triwulan I", "Laporan kemajuan triwulan I jatuh tempo 10 April 2027.");

    private static async Task<TestDatabase> MigratedAsync(string provider)
    {
        var database = provider == "sqlite" ? TestDatabases.Sqlite() : TestDatabases.Postgres();
        await (await PlanStore.OpenAsync(database.Location)).MigrateAsync();
        return database;
    }


    private sealed class TestClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
