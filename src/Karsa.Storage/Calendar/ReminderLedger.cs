using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Calendar;

/// <summary>
/// The record of reminders sent. <see cref="TryRecordAsync"/> is one <c>INSERT ... ON CONFLICT DO
/// NOTHING</c> on the unique (period, user, days) index: within the transaction that also writes the
/// notification and the mail, it says whether this caller is the one to send them. On PostgreSQL a
/// second server inserting the same row waits for the first's transaction and then skips it.
/// </summary>
public static class ReminderLedger
{
    /// <summary>The table's name.</summary>
    public const string Table = "reminders_sent";

    /// <summary>
    /// Records that <paramref name="userId"/> is reminded of <paramref name="periodId"/> for
    /// <paramref name="daysBeforeDue"/>; true when this call recorded it, false when it was recorded before.
    /// </summary>
    public static async Task<bool> TryRecordAsync(KarsaDbContext context, long periodId, string userId, string kind, int daysBeforeDue, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sentAt = at.ToUniversalTime();
        var inserted = await context.Database.ExecuteSqlAsync(
            $"INSERT INTO reminders_sent (period_id, user_id, kind, days_before_due, sent_at) VALUES ({periodId}, {userId}, {kind}, {daysBeforeDue}, {sentAt}) ON CONFLICT (period_id, user_id, days_before_due) DO NOTHING",
            cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }
}
