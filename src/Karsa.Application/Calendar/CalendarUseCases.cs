using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Calendar;
using Karsa.Storage;
using Karsa.Storage.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Calendar;

/// <summary>
/// A region's reporting calendar: its periods, read by anyone who reads the region's drafts, and added,
/// changed or removed by its planners (<see cref="Permission.ManageReportingCalendar"/>). Input is
/// checked field by field (<see cref="PeriodForm"/>); a name used twice in a year (KRS163) and removing
/// a period whose reminders went out (KRS164) are refused.
/// </summary>
public static class CalendarUseCases
{
    /// <summary>Every period of <paramref name="region"/>.</summary>
    public static Task<UseCaseResult<RegionCalendar>> PeriodsAsync(string? database, Actor? actor, string region, CancellationToken cancellationToken = default) =>
        CalendarTable.WithRegionAsync(database, actor, Permission.ReadDrafts, region, async (context, code) =>
            UseCaseResult.Success(new RegionCalendar(code.Value, await CalendarTable.PeriodsAsync(context, code, cancellationToken).ConfigureAwait(false))));

    /// <summary>Adds the period <paramref name="input"/> to <paramref name="region"/>.</summary>
    public static Task<UseCaseResult<PeriodView>> AddAsync(string? database, Actor actor, string region, PeriodInput input, TimeProvider clock,
        CancellationToken cancellationToken = default) =>
        SaveAsync(database, actor, region, null, input, clock, cancellationToken);

    /// <summary>Changes the period <paramref name="id"/> of <paramref name="region"/> to <paramref name="input"/>.</summary>
    public static Task<UseCaseResult<PeriodView>> EditAsync(string? database, Actor actor, string region, long id, PeriodInput input, TimeProvider clock,
        CancellationToken cancellationToken = default) =>
        SaveAsync(database, actor, region, id, input, clock, cancellationToken);

    /// <summary>Removes the period <paramref name="id"/> of <paramref name="region"/>, unless its reminders went out (KRS164).</summary>
    public static Task<UseCaseResult<PeriodView>> RemoveAsync(string? database, Actor actor, string region, long id, CancellationToken cancellationToken = default) =>
        CalendarTable.WithRegionAsync(database, actor, Permission.ManageReportingCalendar, region, async (context, code) =>
        {
            if (await context.ReportingPeriods.FirstOrDefaultAsync(p => p.Id == id && p.RegionCode == code.Value, cancellationToken).ConfigureAwait(false) is not { } row)
            {
                return CalendarTable.NotFound(code, id);
            }

            var sent = await context.RemindersSent.CountAsync(s => s.PeriodId == id, cancellationToken).ConfigureAwait(false);
            if (sent > 0)
            {
                return UseCaseError.Invalid([Problems.PeriodHasReminders(row.Name, sent)]);
            }

            context.ReportingPeriods.Remove(row);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(CalendarTable.ViewOf(row, 0));
        });

    private static Task<UseCaseResult<PeriodView>> SaveAsync(string? database, Actor actor, string region, long? id, PeriodInput input, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(clock);
        return CalendarTable.WithRegionAsync(database, actor, Permission.ManageReportingCalendar, region, async (context, code) =>
        {
            var (period, problems) = PeriodForm.Read(input);
            if (period is null)
            {
                return UseCaseError.Invalid(problems);
            }

            ReportingPeriodRecord? row = null;
            if (id is { } existing && (row = await context.ReportingPeriods.FirstOrDefaultAsync(p => p.Id == existing && p.RegionCode == code.Value, cancellationToken).ConfigureAwait(false)) is null)
            {
                return CalendarTable.NotFound(code, existing);
            }

            if (await context.ReportingPeriods.AnyAsync(p => p.RegionCode == code.Value && p.FiscalYear == period.Year.Value && p.Name == period.Name && p.Id != (id ?? 0), cancellationToken)
                .ConfigureAwait(false))
            {
                return Duplicate(period);
            }

            row ??= context.ReportingPeriods.Add(new ReportingPeriodRecord { RegionCode = code.Value, Name = period.Name, ReminderDays = "", UpdatedBy = actor.Name }).Entity;
            (row.FiscalYear, row.Name, row.Opens, row.Due, row.ReminderDays) = (period.Year.Value, period.Name, period.Opens, period.Due, ReminderDays.Format(period.ReminderDays));
            (row.UpdatedBy, row.UpdatedAt) = (actor.Name, clock.GetUtcNow().ToUniversalTime());
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException error) when (!BusyDatabase.Is(error))
            {
                // Another planner saved the same name at the same moment (the unique index refused ours).
                return Duplicate(period);
            }

            var sent = await context.RemindersSent.CountAsync(s => s.PeriodId == row.Id, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(CalendarTable.ViewOf(row, sent));
        });
    }

    private static UseCaseError Duplicate(ReportingPeriod period) =>
        UseCaseError.Invalid([Problems.DuplicatePeriodName(period.Name, period.Year.Value).Under("name")]);
}
