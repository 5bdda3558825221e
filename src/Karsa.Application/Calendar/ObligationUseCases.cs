using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Monitoring;
using Karsa.Monitoring.Calendar;
using Karsa.Storage;

namespace Karsa.Application.Calendar;

/// <summary>
/// What agencies owe: an agency reporter sees their agency's open periods, due dates and what is
/// overdue (a planner sees whether any agency owes each period); planners see the overdue list per
/// agency. Whether an agency owes a period is <see cref="IProgressFacts.AgenciesOwingAsync"/>'s
/// answer for the period's fiscal year since its opening day; nothing here recomputes it.
/// </summary>
public static class ObligationUseCases
{
    /// <summary>
    /// The open periods of <paramref name="region"/> that are owed or not yet due, soonest due first,
    /// for <paramref name="actor"/>'s agency (a planner: any agency).
    /// </summary>
    public static Task<UseCaseResult<Obligations>> OwedAsync(string? database, Actor actor, string region, IProgressFacts facts, TimeProvider clock,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(clock);
        var today = CalendarDays.Today(clock.GetUtcNow());
        var agency = actor.Role == Role.AgencyReporter ? actor.Agency ?? string.Empty : null;
        return CalendarTable.WithRegionAsync(database, actor, Permission.ReportProgress, region, async (context, code) =>
        {
            var obligations = new List<Obligation>();
            foreach (var view in await OpenPeriodsAsync(context, code, today, cancellationToken).ConfigureAwait(false))
            {
                var owing = await OwingAsync(facts, view, cancellationToken).ConfigureAwait(false);
                var owed = agency is null ? owing.Count > 0 : owing.Contains(agency);
                if (owed || !view.Period.IsOverdue(today))
                {
                    obligations.Add(new Obligation(view, owed, owed && view.Period.IsOverdue(today), view.Period.Due.DayNumber - today.DayNumber));
                }
            }

            return UseCaseResult.Success(new Obligations(code.Value, agency, today, [.. obligations.OrderBy(o => o.Period.Period.Due)]));
        });
    }

    /// <summary>The periods of <paramref name="region"/> past their due date with the agencies that still owe them, latest due first.</summary>
    public static Task<UseCaseResult<OverdueList>> OverdueAsync(string? database, Actor actor, string region, IProgressFacts facts, TimeProvider clock,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(clock);
        var today = CalendarDays.Today(clock.GetUtcNow());
        return CalendarTable.WithRegionAsync(database, actor, Permission.ManageReportingCalendar, region, async (context, code) =>
        {
            var overdue = new List<OverduePeriod>();
            foreach (var view in await OpenPeriodsAsync(context, code, today, cancellationToken).ConfigureAwait(false))
            {
                if (view.Period.IsOverdue(today) && await OwingAsync(facts, view, cancellationToken).ConfigureAwait(false) is { Count: > 0 } owing)
                {
                    overdue.Add(new OverduePeriod(view, [.. owing.Order(StringComparer.Ordinal)]));
                }
            }

            return UseCaseResult.Success(new OverdueList(code.Value, today, [.. overdue.OrderByDescending(o => o.Period.Period.Due)]));
        });
    }

    /// <summary>The agencies that owe <paramref name="view"/>'s reports: not reported on all their programmes of its year since it opened.</summary>
    internal static Task<IReadOnlySet<string>> OwingAsync(IProgressFacts facts, PeriodView view, CancellationToken cancellationToken) =>
        facts.AgenciesOwingAsync(new Domain.Primitives.RegionCode(view.Region), view.Period.Year, CalendarDays.StartOf(view.Period.Opens), cancellationToken);

    private static async Task<IEnumerable<PeriodView>> OpenPeriodsAsync(KarsaDbContext context, Domain.Primitives.RegionCode region, DateOnly today, CancellationToken cancellationToken) =>
        (await CalendarTable.PeriodsAsync(context, region, cancellationToken).ConfigureAwait(false)).Where(p => p.Period.IsOpen(today));
}
