using Karsa.Storage;
using Karsa.Storage.Mail;
using MimeKit;

namespace Karsa.Application.Mail;

/// <summary>What one delivery run did.</summary>
/// <param name="Sent">Mails the server accepted.</param>
/// <param name="Failed">Mails that failed and wait for their next attempt.</param>
public sealed record DeliveryRun(int Sent, int Failed);

/// <summary>
/// Sends what waits in the outbox (the scheduled job's work): claims a batch for this sender, sends
/// each mail over one connection and marks it sent, or failed with its next attempt after a growing
/// pause (1, 2, 4 ... minutes, at most an hour). A server that cannot be reached fails the whole batch;
/// nothing is lost, and the mails go out once it is back. Each mail's Message-Id is made from its id,
/// so should a crash come between the server's acceptance and the mark, the copy sent again after the
/// claim lapses is recognisably the same mail.
/// </summary>
public static class MailDelivery
{
    /// <summary>How long a claim holds: a run that died lets its mails go to another sender after this.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    /// <summary>The pause before the next attempt after <paramref name="failures"/> failed ones.</summary>
    public static TimeSpan RetryAfter(int failures) =>
        TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Clamp(failures - 1, 0, 6))));

    /// <summary>Runs one delivery over the database <paramref name="database"/>, as <paramref name="sender"/> (e.g. the server's name).</summary>
    public static async Task<DeliveryRun> DeliverAsync(string? database, IMailTransport transport, MailSettings settings, TimeProvider clock, string sender,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        var outbox = new MailOutbox(KarsaDbContextFactory.For(DatabaseLocation.Parse(database)));
        var mails = await outbox.ClaimAsync(sender, settings.BatchSize, clock.GetUtcNow(), ClaimLease, cancellationToken).ConfigureAwait(false);
        if (mails.Count == 0)
        {
            return new DeliveryRun(0, 0);
        }

        IMailConnection connection;
        try
        {
            connection = await transport.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (IsSendFailure(error))
        {
            foreach (var mail in mails)
            {
                await FailAsync(outbox, mail, sender, error, clock, cancellationToken).ConfigureAwait(false);
            }

            return new DeliveryRun(0, mails.Count);
        }

        var (sent, failed) = (0, 0);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var mail in mails)
            {
                try
                {
                    await connection.SendAsync(Message(mail, settings), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception error) when (IsSendFailure(error))
                {
                    await FailAsync(outbox, mail, sender, error, clock, cancellationToken).ConfigureAwait(false);
                    failed++;
                    continue;
                }

                await outbox.MarkSentAsync(mail.Id, sender, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
                sent++;
            }
        }

        return new DeliveryRun(sent, failed);
    }

    /// <summary>The message as it goes out.</summary>
    internal static MimeMessage Message(OutboxMailRecord mail, MailSettings settings)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = mail.CreatedAt,
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = mail.Body },
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.To));
        var domain = settings.FromAddress.Contains('@', StringComparison.Ordinal) ? settings.FromAddress[(settings.FromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..] : "karsa";
        message.MessageId = $"{mail.Id:N}@{domain}";
        return message;
    }

    private static Task FailAsync(MailOutbox outbox, OutboxMailRecord mail, string sender, Exception error, TimeProvider clock, CancellationToken cancellationToken) =>
        outbox.MarkFailedAsync(mail.Id, sender, error.Message, clock.GetUtcNow() + RetryAfter(mail.FailedAttempts + 1), cancellationToken);

    private static bool IsSendFailure(Exception error) =>
        error is IOException or TimeoutException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException
            or MailKit.Security.AuthenticationException or MailKit.ServiceNotConnectedException or OperationCanceledException { CancellationToken.IsCancellationRequested: false };
}
