using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;

namespace Karsa.Application.Progress;

/// <summary>
/// Reading progress: the overview of a region's newest published plan for a fiscal year (pages and API
/// ask <see cref="AccessPolicy"/> for <see cref="Permission.ReadDrafts"/> first), and the public
/// per-dimension progress of a published plan (anyone).
/// </summary>
public static class ProgressUseCases
{
    /// <summary>The overview for <paramref name="actor"/>: an agency reporter sees only their agency's programmes listed.</summary>
    public static Task<UseCaseResult<ProgressOverview>> OverviewAsync(string? database, Actor? actor, string region, int year, CancellationToken cancellationToken = default) =>
        WithYear(year, fiscalYear => ProgressScope.WithAsync(database, region, scope =>
        {
            var rollUp = scope.RollUp(fiscalYear);
            var agency = actor?.Role == Role.AgencyReporter ? actor.Agency ?? string.Empty : null;
            var programmes = scope.Plan.Programmes
                .Where(p => agency is null || string.Equals(p.LeadAgency.Value, agency, StringComparison.Ordinal))
                .Select(p =>
                {
                    var schedule = ScheduleAssessment.Of(scope.Monitored.Programme(p.Code), scope.History, fiscalYear, ScheduleTolerances.Default);
                    var reported = scope.Stored.Any(s => s.Report.Programme.Programme == p.Code && s.Report.Year == fiscalYear);
                    return new ProgrammeProgress(p.Code, p.Name, p.LeadAgency.Value, p.Dimension, p.Element, schedule, ScheduleReasons.Describe(schedule), reported,
                        AccessPolicy.AllowsReportOn(actor, scope.Region, p.LeadAgency.Value));
                }).ToList();
            var content = scope.Plan.Content;
            var shown = agency is null ? rollUp : rollUp with { Plan = WithoutOtherProgrammes(rollUp.Plan, [.. programmes.Select(p => p.Code.Value)]) };
            return Task.FromResult(UseCaseResult.Success(new ProgressOverview(scope.Region, content.Region.Name, scope.Version, fiscalYear,
                scope.Plan.Period.First.Value, scope.Plan.Period.Last.Value, shown, programmes, agency)
            { FundingSources = content.FundingSources }));
        }, cancellationToken));

    /// <summary>Progress per dimension of <paramref name="region"/>'s newest published plan as of <paramref name="year"/> (when null: the current year, within the plan's period); anyone may read it.</summary>
    public static Task<UseCaseResult<PublicProgress>> PublicAsync(string? database, string region, int? year, CancellationToken cancellationToken = default) =>
        WithYear(year ?? DateTime.UtcNow.Year, asked => ProgressScope.WithAsync(database, region, scope =>
        {
            var period = scope.Plan.Period;
            var fiscalYear = year is null ? new FiscalYear(Math.Clamp(asked.Value, period.First.Value, period.Last.Value)) : asked;
            var rollUp = scope.RollUp(fiscalYear);
            var dimensions = rollUp.Plan.Children
                .Select(d => (Dimension: Domain.Catalogue.Dimensions.TryParse(d.Key, out var dimension) ? dimension : default, d.Percent)).ToList();
            return Task.FromResult(UseCaseResult.Success(new PublicProgress(scope.Version, fiscalYear, rollUp.Plan.Percent, dimensions, rollUp.Rule.Description)));
        }, cancellationToken));

    /// <summary>Runs <paramref name="work"/> on a valid fiscal year, or says the year is not one.</summary>
    internal static async Task<UseCaseResult<T>> WithYear<T>(int year, Func<FiscalYear, Task<UseCaseResult<T>>> work)
        where T : class
    {
        try
        {
            return await work(new FiscalYear(year)).ConfigureAwait(false);
        }
        catch (Domain.Diagnostics.DomainException problem) when (year is < 1945 or > 2200)
        {
            return Failures.From(problem);
        }
    }

    private static ProgressNode WithoutOtherProgrammes(ProgressNode node, HashSet<string> shown) => node with
    {
        Children = [.. node.Children
            .Where(c => c.Level != ProgressLevel.Programme || shown.Contains(c.Key))
            .Select(c => WithoutOtherProgrammes(c, shown))],
    };
}
