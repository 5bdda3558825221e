using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Karsa.Storage.Caching;
using Karsa.Storage.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Calendar;

/// <summary>One in-app notice as its reader sees it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">What it is, e.g. "reminder-due", "overdue-digest".</param>
/// <param name="Region">The region it concerns, if any.</param>
/// <param name="Text">What it says, in both languages.</param>
/// <param name="Link">A path in the app to what it is about, if any.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="ReadAt">When it was marked read; null while unread.</param>
public sealed record NotificationView(long Id, string Kind, string? Region, LocalizedText Text, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>A page of a user's notices.</summary>
/// <param name="Items">This page, newest first.</param>
/// <param name="Unread">How many of all the user's notices are unread.</param>
/// <param name="Total">How many notices the user has.</param>
public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Unread, int Total);

/// <summary>A count.</summary>
/// <param name="Count">The number.</param>
public sealed record NotificationCount(int Count);

/// <summary>
/// A signed-in user's in-app notices: list them, count the unread ones (the header's badge), mark one
/// or all read. A user reaches only their own notices (the user id is the request's, never typed in).
/// </summary>
public static class NotificationUseCases
{
    /// <summary>The largest page.</summary>
    public const int MaxLimit = 100;

    /// <summary>A page of <paramref name="userId"/>'s notices, newest first.</summary>
    public static Task<UseCaseResult<NotificationPage>> ListAsync(string? database, string userId, int offset, int limit, CancellationToken cancellationToken = default) =>
        CalendarTable.WithContextAsync(database, async context =>
        {
            var mine = context.Notifications.AsNoTracking().Where(n => n.UserId == userId);
            var rows = await mine.OrderByDescending(n => n.Id).Skip(Math.Max(0, offset)).Take(Math.Clamp(limit, 1, MaxLimit)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var total = await mine.CountAsync(cancellationToken).ConfigureAwait(false);
            var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new NotificationPage([.. rows.Select(View)], unread, total));
        });

    /// <summary>How many of <paramref name="userId"/>'s notices are unread.</summary>
    /// <remarks>Every signed-in page shows it, so the count is a <see cref="RecentReads"/> fact: this process's own changes (a notice made or read) show at once.</remarks>
    public static Task<UseCaseResult<NotificationCount>> UnreadAsync(string? database, string userId, CancellationToken cancellationToken = default) =>
        CalendarTable.WithContextAsync(database, async context => UseCaseResult.Success(new NotificationCount(
            await RecentReads.GetAsync(DatabaseLocation.Parse(database), "unread-notices:" + userId, () =>
                context.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken)).ConfigureAwait(false))));

    /// <summary>Marks <paramref name="userId"/>'s notice <paramref name="id"/> read (null: all of them); gives how many changed.</summary>
    public static Task<UseCaseResult<NotificationCount>> MarkReadAsync(string? database, string userId, long? id, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().ToUniversalTime();
        return CalendarTable.WithContextAsync(database, async context =>
        {
            var unread = context.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && (id == null || n.Id == id));
            var changed = await unread.ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken).ConfigureAwait(false);
            if (changed == 0 && id is { } one && !await context.Notifications.AnyAsync(n => n.UserId == userId && n.Id == one, cancellationToken).ConfigureAwait(false))
            {
                return UseCaseError.Of(FailureKind.NotFound, new LocalizedText($"Pemberitahuan {one} tidak ditemukan.", $"Notification {one} was not found."));
            }

            return UseCaseResult.Success(new NotificationCount(changed));
        });
    }

    private static NotificationView View(NotificationRecord row) =>
        new(row.Id, row.Kind, row.RegionCode, new LocalizedText(row.TextId, row.TextEn), row.Link, row.CreatedAt, row.ReadAt);
}
