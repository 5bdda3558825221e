using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Calendar;
using Karsa.Storage;
using Karsa.Storage.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Calendar;

/// <summary>Opens the calendar's tables of a database (the <c>--db</c> value), checks access and turns failures into typed errors, in one place.</summary>
internal static class CalendarTable
{
    /// <summary>
    /// Runs <paramref name="work"/> on a fresh context of <paramref name="database"/> for
    /// <paramref name="region"/> when <paramref name="actor"/> holds <paramref name="permission"/> there;
    /// again on a fresh context while a SQLite file is busy with another writer.
    /// </summary>
    public static async Task<UseCaseResult<T>> WithRegionAsync<T>(string? database, Actor? actor, Permission permission, string region,
        Func<KarsaDbContext, RegionCode, Task<UseCaseResult<T>>> work)
        where T : class
    {
        if (!Failures.TryRegion(region, out var code, out var invalid))
        {
            return invalid!;
        }

        if (!AccessPolicy.Allows(actor, permission, code))
        {
            return UseCaseError.Of(FailureKind.Forbidden, new LocalizedText(
                $"Kalender pelaporan wilayah {code} tidak dapat Anda buka dengan peran Anda.", $"Your role does not open the reporting calendar of region {code}."));
        }

        return await WithContextAsync(database, context => work(context, code)).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> on a fresh context of <paramref name="database"/>, with busy-file retries and typed errors.</summary>
    public static Task<UseCaseResult<T>> WithContextAsync<T>(string? database, Func<KarsaDbContext, Task<UseCaseResult<T>>> work)
        where T : class =>
        ContextWork.RunAsync(database, message => new LocalizedText(
            $"Kalender pelaporan tidak dapat dibaca atau ditulis: {message}", $"The reporting calendar cannot be read or written: {message}"), work);

    /// <summary>The period a row holds (rows are written from valid periods only).</summary>
    public static ReportingPeriod PeriodOf(ReportingPeriodRecord row) =>
        new(new FiscalYear(row.FiscalYear), row.Name, row.Opens, row.Due, ReminderDays.Parse(row.ReminderDays));

    /// <summary>The view of <paramref name="row"/> with its count of reminders sent.</summary>
    public static PeriodView ViewOf(ReportingPeriodRecord row, int sent) => new(row.Id, row.RegionCode, PeriodOf(row), sent);

    /// <summary>Every period of <paramref name="region"/> with its reminders counted, by year and due date.</summary>
    public static async Task<IReadOnlyList<PeriodView>> PeriodsAsync(KarsaDbContext context, RegionCode region, CancellationToken cancellationToken)
    {
        var rows = await context.ReportingPeriods.AsNoTracking().Where(p => p.RegionCode == region.Value)
            .Select(p => new { Row = p, Sent = context.RemindersSent.Count(s => s.PeriodId == p.Id) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.Row.FiscalYear).ThenBy(r => r.Row.Due).ThenBy(r => r.Row.Name, StringComparer.Ordinal).Select(r => ViewOf(r.Row, r.Sent))];
    }

    /// <summary>The error for a period that does not exist in the region.</summary>
    public static UseCaseError NotFound(RegionCode region, long id) => UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
        $"Periode pelaporan {id} wilayah {region} tidak ditemukan: mungkin sudah dihapus.", $"Reporting period {id} of region {region} was not found: it may have been removed."));
}
