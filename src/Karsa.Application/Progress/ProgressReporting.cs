using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage.Progress;

namespace Karsa.Application.Progress;

/// <summary>What a report form sends: the status key, the percent (null: the status's default), money realised per funding source key, milestones, notes and the revision the form was opened at (0: no report yet).</summary>
/// <param name="Status">The status key.</param>
/// <param name="Percent">The progress, or null for the status's default.</param>
/// <param name="Realised">Whole Rupiah realised in the year per funding source key; sources left out realised nothing.</param>
/// <param name="Milestones">The milestones in order.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Revision">The revision read; a report changed since is a conflict.</param>
public sealed record ProgressInput(string Status, decimal? Percent, IReadOnlyDictionary<string, long> Realised, IReadOnlyList<MilestoneInput> Milestones, string? Notes, int Revision);

/// <summary>A milestone as the form sends it.</summary>
/// <param name="Name">What is reached.</param>
/// <param name="Planned">When it was planned.</param>
/// <param name="Actual">When it was reached, if it was.</param>
public sealed record MilestoneInput(string Name, DateOnly Planned, DateOnly? Actual);

/// <summary>What the report form of one programme and year shows.</summary>
/// <param name="Region">The region.</param>
/// <param name="Version">The published version reported against.</param>
/// <param name="Code">The programme.</param>
/// <param name="Name">Its name.</param>
/// <param name="Agency">Its lead agency.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Statuses">The status list, each with its default percent.</param>
/// <param name="Planned">Money the adopted roadmap plans for the year, per funding source (every source of the plan, with its name, in the plan's order).</param>
/// <param name="Current">The stored report; null when none.</param>
/// <param name="Evidence">The evidence files attached (a report not yet saved may have some).</param>
/// <param name="Schedule">Where the programme stands as of the year.</param>
public sealed record ProgrammeReportView(RegionCode Region, int Version, ProgrammeCode Code, LocalizedText Name, string Agency, FiscalYear Year,
    ProgressStatusList Statuses, IReadOnlyList<(FundingSourceDefinition Source, Rupiah Planned)> Planned, StoredProgressReport? Current,
    IReadOnlyList<EvidenceRecord> Evidence, ScheduleAssessment Schedule);

/// <summary>
/// Reporting on one programme: the form's data, and saving a report. Only a user
/// <see cref="AccessPolicy.AllowsReportOn"/> allows for the programme's lead agency may do either.
/// </summary>
public static class ProgressReporting
{
    /// <summary>The form of <paramref name="programme"/> for <paramref name="year"/>.</summary>
    public static Task<UseCaseResult<ProgrammeReportView>> FormAsync(string? database, Actor? actor, string region, string programme, int year, CancellationToken cancellationToken = default) =>
        WithProgramme(database, actor, region, programme, year, async (scope, found, fiscalYear) =>
        {
            var reference = scope.Reference(found);
            var stored = scope.Stored.FirstOrDefault(s => s.Report.Programme == reference && s.Report.Year == fiscalYear);
            var plan = scope.Monitored.Programme(found.Code);
            var planned = scope.Plan.Content.FundingSources.All.Select(s => (s, plan.Planned.GetValueOrDefault((fiscalYear, s.Source.Key)))).ToList();
            var evidence = await scope.Store.EvidenceOfAsync(reference, fiscalYear, cancellationToken).ConfigureAwait(false);
            var schedule = ScheduleAssessment.Of(plan, scope.History, fiscalYear, ScheduleTolerances.Default);
            return UseCaseResult.Success(new ProgrammeReportView(scope.Region, scope.Version, found.Code, found.Name, found.LeadAgency.Value, fiscalYear,
                scope.Statuses, planned, stored, evidence, schedule));
        }, cancellationToken);

    /// <summary>
    /// Saves the report on <paramref name="programme"/> for <paramref name="year"/> as <paramref name="actor"/>:
    /// invalid input names its field (<c>status</c>, <c>percent</c>, <c>realised.apbd</c>, <c>milestones[0].name</c>, <c>notes</c>);
    /// a report changed since <see cref="ProgressInput.Revision"/> is a conflict. Evidence is kept.
    /// </summary>
    public static Task<UseCaseResult<ProgressSave>> ReportAsync(string? database, Actor? actor, string region, string programme, int year, ProgressInput input,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return WithProgramme(database, actor, region, programme, year, async (scope, found, fiscalYear) =>
        {
            var report = new ProgressReport(scope.Reference(found), fiscalYear, scope.Statuses.Resolve(input.Status), input.Percent,
                [.. input.Realised.Where(r => r.Value != 0).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => Within($"realised.{r.Key}", () => new RealisedSpending(KnownSource(scope, r.Key), new Rupiah(r.Value))))],
                [.. input.Milestones.Select((m, i) => Within($"milestones[{i}]", () => new Milestone(m.Name, m.Planned, m.Actual)))],
                input.Notes);
            var saved = await scope.Store.SaveAsync(report, input.Revision, actor!.Name, now, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(saved);
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> on a programme of the region's published plan that <paramref name="actor"/> may report on.</summary>
    internal static Task<UseCaseResult<T>> WithProgramme<T>(string? database, Actor? actor, string region, string programme, int year,
        Func<ProgressScope, Programme, FiscalYear, Task<UseCaseResult<T>>> work, CancellationToken cancellationToken)
        where T : class =>
        ProgressUseCases.WithYear(year, fiscalYear => ProgressScope.WithAsync(database, region, async scope =>
        {
            if (scope.Programme(programme) is not { } found)
            {
                return UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
                    $"Rencana terbit {scope.Region} v{scope.Version} tidak memiliki program {programme}.", $"The published plan {scope.Region} v{scope.Version} has no programme {programme}."));
            }

            return AccessPolicy.AllowsReportOn(actor, scope.Region, found.LeadAgency.Value)
                ? await work(scope, found, fiscalYear).ConfigureAwait(false)
                : ProgressScope.Refused(found.Code.Value);
        }, cancellationToken));

    /// <summary>
    /// <paramref name="key"/> when the plan knows the source (or when it is malformed, which
    /// <see cref="RealisedSpending"/> refuses itself); else KRS146.
    /// </summary>
    private static string KnownSource(ProgressScope scope, string key)
    {
        var sources = scope.Plan.Content.FundingSources;
        return !FundingSource.IsKey(key) || sources.TryFind(key, out _)
            ? key
            : throw new Domain.Diagnostics.DomainException(Domain.Diagnostics.Problems.UnknownFundingSource(key, sources.Keys));
    }

    private static TPart Within<TPart>(string path, Func<TPart> make)
    {
        try
        {
            return make();
        }
        catch (Domain.Diagnostics.DomainException problem)
        {
            throw new Domain.Diagnostics.DomainException([.. problem.Problems.Select(p => p.Within(path))]);
        }
    }
}
