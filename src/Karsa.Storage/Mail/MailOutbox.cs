using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Mail;

/// <summary>A mail to put in the outbox.</summary>
/// <param name="Kind">What causes it, e.g. "reminder".</param>
/// <param name="RegionCode">The region it concerns, if any.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="ToName">The recipient's name, if known.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body.</param>
public sealed record OutgoingMail(string Kind, string? RegionCode, string To, string? ToName, string Subject, string Body);

/// <summary>How the outbox stands: what waits, since when, and how many attempts failed.</summary>
/// <param name="Waiting">Mails not sent yet.</param>
/// <param name="Sent">Mails sent.</param>
/// <param name="WaitingAfterFailure">Waiting mails that have failed at least once.</param>
/// <param name="LastError">The most recent failure's message among waiting mails, if any.</param>
public sealed record OutboxStatus(int Waiting, int Sent, int WaitingAfterFailure, string? LastError);

/// <summary>
/// The e-mail outbox: mails are added (within the change that causes them, or on their own), claimed
/// by one sender at a time for a lease, then marked sent or failed (failed ones wait and are tried
/// again). A claim is one conditional update, so two servers sending at once never take the same mail.
/// </summary>
public sealed class MailOutbox(IDbContextFactory<KarsaDbContext> contexts)
{
    /// <summary>Adds <paramref name="mail"/> to <paramref name="context"/>, to be saved with the change that causes it (times are stored in UTC).</summary>
    public static OutboxMailRecord Add(KarsaDbContext context, OutgoingMail mail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mail);
        var record = new OutboxMailRecord
        {
            Id = Guid.NewGuid(),
            Kind = mail.Kind,
            RegionCode = mail.RegionCode,
            To = mail.To,
            ToName = mail.ToName,
            Subject = mail.Subject,
            Body = mail.Body,
            CreatedAt = now.ToUniversalTime(),
            NextAttemptAt = now.ToUnixTimeMilliseconds(),
        };
        context.OutboxMails.Add(record);
        return record;
    }

    /// <summary>Puts <paramref name="mails"/> in the outbox in one transaction; returns their ids.</summary>
    public async Task<IReadOnlyList<Guid>> EnqueueAsync(IEnumerable<OutgoingMail> mails, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var added = mails.Select(mail => Add(context, mail, now)).ToList();
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [.. added.Select(m => m.Id)];
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> mails that are due and unclaimed (or whose claim lapsed) for
    /// <paramref name="sender"/> until <paramref name="now"/> + <paramref name="lease"/>, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMailRecord>> ClaimAsync(string sender, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var at = now.ToUnixTimeMilliseconds();
        var until = at + (long)lease.TotalMilliseconds;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var due = await context.OutboxMails.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= at && m.ClaimedUntil <= at)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(max).ToListAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<Guid>();
        foreach (var id in due)
        {
            var taken = await context.OutboxMails
                .Where(m => m.Id == id && m.SentAt == null && m.ClaimedUntil <= at)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedBy, sender).SetProperty(m => m.ClaimedUntil, until), cancellationToken)
                .ConfigureAwait(false);
            if (taken == 1)
            {
                claimed.Add(id);
            }
        }

        var mails = await context.OutboxMails.AsNoTracking().Where(m => claimed.Contains(m.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. mails.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)];
    }

    /// <summary>Marks a mail that <paramref name="sender"/> claimed as sent.</summary>
    public Task MarkSentAsync(Guid id, string sender, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateClaimedAsync(id, sender, context => context.OutboxMails.Where(m => m.Id == id && m.ClaimedBy == sender)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, now.ToUniversalTime()).SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntil, 0L), cancellationToken));

    /// <summary>Marks a mail that <paramref name="sender"/> claimed as failed: it waits until <paramref name="retryAt"/>.</summary>
    public Task MarkFailedAsync(Guid id, string sender, string error, DateTimeOffset retryAt, CancellationToken cancellationToken = default)
    {
        var message = error.Length > 2000 ? error[..2000] : error;
        var at = retryAt.ToUnixTimeMilliseconds();
        return UpdateClaimedAsync(id, sender, context => context.OutboxMails.Where(m => m.Id == id && m.ClaimedBy == sender)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.FailedAttempts, m => m.FailedAttempts + 1)
                .SetProperty(m => m.NextAttemptAt, at)
                .SetProperty(m => m.LastError, message)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntil, 0L), cancellationToken));
    }

    /// <summary>How the outbox stands now.</summary>
    public async Task<OutboxStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var waiting = await context.OutboxMails.CountAsync(m => m.SentAt == null, cancellationToken).ConfigureAwait(false);
        var sent = await context.OutboxMails.CountAsync(m => m.SentAt != null, cancellationToken).ConfigureAwait(false);
        var failed = await context.OutboxMails.CountAsync(m => m.SentAt == null && m.FailedAttempts > 0, cancellationToken).ConfigureAwait(false);
        var lastError = await context.OutboxMails.Where(m => m.SentAt == null && m.LastError != null)
            .OrderByDescending(m => m.NextAttemptAt).Select(m => m.LastError).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new OutboxStatus(waiting, sent, failed, lastError);
    }

    private async Task UpdateClaimedAsync(Guid id, string sender, Func<KarsaDbContext, Task<int>> update)
    {
        await using var context = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        if (await update(context).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException($"Mail {id} is not claimed by {sender}: its claim lapsed and another sender took it.");
        }
    }
}
