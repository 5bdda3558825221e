using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Monitoring;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Calendar;
using Karsa.Storage;
using Karsa.Storage.Accounts;
using Karsa.Storage.Calendar;
using Karsa.Storage.Mail;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Calendar;

/// <summary>What one reminder run did.</summary>
/// <param name="Reminders">Reminders sent to agency reporters (a notice and a mail each).</param>
/// <param name="Digests">Overdue digests sent to planners.</param>
/// <param name="AlreadySent">Reminders due that an earlier run (or another server) had sent.</param>
public sealed record ReminderRunResult(int Reminders, int Digests, int AlreadySent);

/// <summary>
/// The reminder run (the web app's scheduled job): for each period whose reminder day has come
/// (<see cref="ReportingPeriod.StepDue"/>), for each agency that still owes it
/// (<see cref="IProgressFacts.AgenciesOwingAsync"/>), each active agency reporter of that agency gets
/// an in-app notice and a mail in the outbox; when the reminder is an overdue one, each active planner
/// of the region gets the digest of the agencies still owing. Each (period, user, reminder day) is sent
/// once: the reminder is recorded first, by an insert that skips a recorded one, in the same
/// transaction as its notice and mail, so a second run, or a second server, sends nothing again. Mails
/// are in the user's language (Indonesian unless the account says English).
/// </summary>
public static class ReminderRun
{
    /// <summary>The outbox kind of reminder mails.</summary>
    public const string MailKind = "reminder";

    /// <summary>Runs the reminders due at <paramref name="clock"/>'s now; links in mails start with <paramref name="baseUrl"/> (e.g. https://karsa.karanganyarkab.go.id).</summary>
    public static Task<UseCaseResult<ReminderRunResult>> RunAsync(string? database, IProgressFacts facts, TimeProvider clock, string? baseUrl,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var today = CalendarDays.Today(now);
        var earliestDue = today.AddDays(-ReminderDays.MaxDays);
        return CalendarTable.WithContextAsync(database, async context =>
        {
            var (reminders, digests, skipped) = (0, 0, 0);
            var rows = await context.ReportingPeriods.AsNoTracking().Where(p => p.Opens <= today && p.Due >= earliestDue)
                .OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                var view = CalendarTable.ViewOf(row, 0);
                if (view.Period.StepDue(today) is not { } step
                    || await ObligationUseCases.OwingAsync(facts, view, cancellationToken).ConfigureAwait(false) is not { Count: > 0 } owing)
                {
                    continue;
                }

                var region = await context.Regions.AsNoTracking().Where(r => r.Code == row.RegionCode).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? row.RegionCode;
                foreach (var user in await RecipientsAsync(context, row.RegionCode, now, cancellationToken).ConfigureAwait(false))
                {
                    var notice = Notice(user, step, view, region, owing, baseUrl);
                    if (notice is null)
                    {
                        continue;
                    }

                    if (!await SendOnceAsync(context, row, user, step, notice.Value, now, cancellationToken).ConfigureAwait(false))
                    {
                        skipped++;
                    }
                    else if (notice.Value.Kind == DigestKind)
                    {
                        digests++;
                    }
                    else
                    {
                        reminders++;
                    }
                }
            }

            return UseCaseResult.Success(new ReminderRunResult(reminders, digests, skipped));
        });
    }

    private const string DigestKind = "overdue-digest";

    private static (string Kind, string Link, ReminderText Text)? Notice(KarsaUser user, ReminderStep step, PeriodView view, string region, IReadOnlySet<string> owing, string? baseUrl)
    {
        if (user.Role == nameof(Role.AgencyReporter) && user.AgencyCode is { } agency && owing.Contains(agency))
        {
            var link = CalendarLinks.Obligations(view.Region);
            return ($"reminder-{ReminderKindNames.Key(step.Kind)}", link, ReminderTexts.Reporter(step, view.Period, region, agency, Absolute(baseUrl, link)));
        }

        if (user.Role == nameof(Role.Planner) && step.Kind == ReminderKind.Overdue)
        {
            var link = CalendarLinks.Calendar(view.Region);
            return (DigestKind, link, ReminderTexts.Digest(view.Period, region, owing, Absolute(baseUrl, link)));
        }

        return null;
    }

    /// <summary>Active accounts of the region: not locked out.</summary>
    private static async Task<IReadOnlyList<KarsaUser>> RecipientsAsync(KarsaDbContext context, string region, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = await context.Users.AsNoTracking().Where(u => u.RegionCode == region).OrderBy(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. users.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)];
    }

    private static async Task<bool> SendOnceAsync(KarsaDbContext context, ReportingPeriodRecord period, KarsaUser user, ReminderStep step,
        (string Kind, string Link, ReminderText Text) notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await ReminderLedger.TryRecordAsync(context, period.Id, user.Id, ReminderKindNames.Key(step.Kind), step.DaysBeforeDue, now, cancellationToken).ConfigureAwait(false))
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        var (subject, body) = (notice.Text.Subject, notice.Text.Body);
        context.Notifications.Add(new NotificationRecord
        {
            UserId = user.Id,
            Kind = notice.Kind,
            RegionCode = period.RegionCode,
            TextId = subject.Indonesian,
            TextEn = subject.In(Language.English),
            Link = notice.Link,
            CreatedAt = now.ToUniversalTime(),
        });
        if (!string.IsNullOrWhiteSpace(user.Email))
        {
            var language = user.Language == "en" ? Language.English : Language.Indonesian;
            MailOutbox.Add(context, new OutgoingMail(MailKind, period.RegionCode, user.Email, user.DisplayName, subject.In(language), body.In(language)), now);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        context.ChangeTracker.Clear();
        return true;
    }

    private static string Absolute(string? baseUrl, string path) =>
        string.IsNullOrWhiteSpace(baseUrl) ? path : baseUrl.TrimEnd('/') + path;
}
