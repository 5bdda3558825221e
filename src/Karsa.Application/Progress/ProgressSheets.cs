using System.Globalization;
using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Spreadsheets;
using Karsa.Interchange.Spreadsheets.Reading;
using Karsa.Interchange.Spreadsheets.Writing;
using Karsa.Monitoring.Indicators;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage.Monitoring;
using Karsa.Storage.Progress;

namespace Karsa.Application.Progress;

/// <summary>A workbook to download: its file name and bytes.</summary>
/// <param name="FileName">E.g. <c>kemajuan-33.13-DISKOMINFO-2026.xlsx</c>.</param>
/// <param name="Content">The XLSX bytes.</param>
public sealed record ProgressWorkbook(string FileName, byte[] Content);

/// <summary>What an import did: accepted (its outcome) or refused (every problem, each at its sheet, row and column; nothing was written).</summary>
/// <param name="Outcome">What was written; null when refused.</param>
/// <param name="Problems">Why it was refused; empty when accepted.</param>
public sealed record ProgressSheetOutcome(ProgressImportOutcome? Outcome, IReadOnlyList<SheetProblem> Problems)
{
    /// <summary>True when the workbook was accepted.</summary>
    public bool Accepted => Outcome is not null;
}

/// <summary>
/// The agency workbook of a region's newest published plan and a fiscal year: the template lists the
/// agency's programmes the adopted roadmap has started by that year (planned money of the year per
/// source; a column per source their cost lines use, APBD always) and the indicators they measure (target of the year); the import is all or nothing, rows
/// match by code, an agency reporter's file may only name their agency's programmes (the template the
/// upload is checked against lists no other), and indicator rows become observations.
/// </summary>
public static class ProgressSheets
{
    /// <summary>The template for <paramref name="agency"/> and <paramref name="year"/>.</summary>
    public static Task<UseCaseResult<ProgressWorkbook>> TemplateAsync(string? database, Actor? actor, string region, string agency, int year,
        Language language = Language.Indonesian, CancellationToken cancellationToken = default) =>
        WithTemplate(database, actor, region, agency, year, language, (_, template) =>
        {
            using var output = new MemoryStream();
            ProgressSheetWriter.Write(template, output);
            var name = string.Create(CultureInfo.InvariantCulture, $"kemajuan-{template.Region}-{template.Agency.Value}-{template.Period}.xlsx");
            return Task.FromResult(UseCaseResult.Success(new ProgressWorkbook(name, output.ToArray())));
        }, cancellationToken);

    /// <summary>
    /// Imports a filled template for <paramref name="agency"/> and <paramref name="year"/> as
    /// <paramref name="actor"/>: every report and observation in one transaction, or nothing with the
    /// problems. Milestones and evidence already reported are kept; importing the same file again changes nothing.
    /// </summary>
    public static Task<UseCaseResult<ProgressSheetOutcome>> ImportAsync(string? database, Actor? actor, string region, string agency, int year, Stream workbook,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return WithTemplate(database, actor, region, agency, year, Language.Indonesian, async (scope, template) =>
        {
            var read = ProgressSheetReader.Read(workbook, template);
            if (read.Import is not { } import)
            {
                return UseCaseResult.Success(new ProgressSheetOutcome(null, read.Problems));
            }

            var problems = new List<SheetProblem>();
            var reports = import.Programmes.Select(row => Guarded(problems, "programme", row.Code.Value, () => ReportOf(scope, template.Period, row)))
                .OfType<ProgressReport>().ToList();
            var observations = import.Indicators.Select(row => Guarded(problems, "indicator", row.Code.Value, () => ObservationOf(scope, row)))
                .OfType<RegionObservation>().ToList();
            if (problems.Count > 0)
            {
                return UseCaseResult.Success(new ProgressSheetOutcome(null, problems));
            }

            var source = $"{scope.Region} v{scope.Version} {template.Agency.Value} {template.Period}";
            var outcome = await scope.Store.ImportAsync(reports, observations, actor!.Name, now, source, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new ProgressSheetOutcome(outcome, []));
        }, cancellationToken);
    }

    /// <summary>
    /// Imports a filled template as <see cref="ImportAsync(string?, Actor?, string, string, int, Stream, DateTimeOffset, CancellationToken)"/>
    /// does, for the agency and year the workbook's metadata names (the command line's import: the file
    /// says whom it reports for). <paramref name="workbook"/> must be seekable; a workbook that cannot be
    /// identified is refused with its problems.
    /// </summary>
    public static async Task<UseCaseResult<ProgressSheetOutcome>> ImportIdentifiedAsync(string? database, Actor? actor, string region, Stream workbook,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        if (!workbook.CanSeek)
        {
            throw new ArgumentException("the workbook is read twice: identified, then imported", nameof(workbook));
        }

        var identified = ProgressSheetReader.Identify(workbook);
        return identified.Identity is { } identity
            ? await ImportAsync(database, actor, region, identity.Agency, identity.Year, workbook, now, cancellationToken).ConfigureAwait(false)
            : UseCaseResult.Success(new ProgressSheetOutcome(null, identified.Problems));
    }

    private static ProgressReport ReportOf(ProgressScope scope, FiscalYear year, ProgrammeProgressRow row)
    {
        var reference = new ProgrammeReference(scope.Region, scope.Version, row.Code);
        var kept = scope.Stored.FirstOrDefault(s => s.Report.Programme == reference && s.Report.Year == year)?.Report;
        return new ProgressReport(reference, year, scope.Statuses.Resolve(row.StatusKey), row.ProgressPercent,
            [.. row.Realised.Where(r => r.Amount.Value != 0).Select(r => new RealisedSpending(r.Source.Key, r.Amount)).OrderBy(r => r.Source, StringComparer.Ordinal)],
            kept?.Milestones ?? [], row.Notes, kept?.Evidence ?? []);
    }

    private static RegionObservation ObservationOf(ProgressScope scope, IndicatorObservationRow row)
    {
        var indicator = scope.Plan.Content.Indicators.First(i => i.Code == row.Code);
        return new RegionObservation(scope.Region, indicator.Framework, indicator.Code.Value, ObservationPeriod.Parse(row.Period), row.Value,
            string.IsNullOrWhiteSpace(row.Source) ? "Laporan OPD" : row.Source);
    }

    private static T? Guarded<T>(List<SheetProblem> problems, string sheet, string code, Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (Domain.Diagnostics.DomainException refused)
        {
            problems.AddRange(refused.Problems.Select(p => new SheetProblem(SheetProblemKind.Required, sheet == "programme" ? "Program" : "Indikator", null, null,
                p.Path, new LocalizedText(
                    $"Baris {sheet} {code}: {p.Message.Indonesian} {p.Hint?.Indonesian}".TrimEnd(),
                    $"The {sheet} row {code}: {p.Message.English ?? p.Message.Indonesian} {p.Hint?.English}".TrimEnd()))));
            return null;
        }
    }

    private static Task<UseCaseResult<T>> WithTemplate<T>(string? database, Actor? actor, string region, string agency, int year, Language language,
        Func<ProgressScope, ProgressSheetTemplate, Task<UseCaseResult<T>>> work, CancellationToken cancellationToken)
        where T : class =>
        ProgressUseCases.WithYear(year, fiscalYear => ProgressScope.WithAsync(database, region, async scope =>
            AccessPolicy.AllowsReportOn(actor, scope.Region, agency)
                ? await work(scope, TemplateOf(scope, new AgencyCode(agency), fiscalYear, language)).ConfigureAwait(false)
                : ProgressScope.Refused(agency), cancellationToken));

    private static ProgressSheetTemplate TemplateOf(ProgressScope scope, AgencyCode agency, FiscalYear year, Language language)
    {
        var programmes = scope.Plan.Programmes
            .Where(p => p.LeadAgency == agency && scope.Monitored.Programme(p.Code).Start is { } start && start <= year)
            .ToList();
        var lines = programmes.Select(p =>
        {
            var planned = scope.Monitored.Programme(p.Code).Planned;
            return new ProgrammeLine(p.Code, p.Name, [.. p.Costs.Select(c => c.Source).Distinct().Order()
                .Select(s => (Source: s, Amount: planned.GetValueOrDefault((year, s.Key))))
                .Where(a => a.Amount.Value > 0)
                .Select(a => new SourceAmount(a.Source, a.Amount))]);
        });
        var measured = programmes.SelectMany(p => p.Indicators).ToHashSet();
        var content = scope.Plan.Content;
        var indicators = content.Indicators.Where(i => measured.Contains(i.Code)).Select(i => new IndicatorLine(i.Code, i.Name, i.Unit,
            content.Targets.Where(t => t.Indicator == i.Code && t.Year <= year).MaxBy(t => t.Year)?.Value
            ?? content.Targets.Where(t => t.Indicator == i.Code).MinBy(t => t.Year)?.Value ?? 0m));
        var statuses = scope.Statuses.Statuses.Select(s => new StatusOption(s.Key, s.Name));
        var used = programmes.SelectMany(p => p.Costs).Select(c => c.Source).Append(FundingSource.Apbd).ToHashSet();
        return new ProgressSheetTemplate(scope.Region, agency, year, [.. statuses], [.. content.FundingSources.All.Where(s => used.Contains(s.Source))], [.. lines], [.. indicators], language);
    }
}
