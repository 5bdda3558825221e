using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Reports;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>
/// The reports of one plan version, checked against it and indexed by programme: every report names
/// the plan's region and version (KRS117) and one of its programmes (KRS118), and a programme has at
/// most one report per year (KRS006); problems are at <c>reports[i].programme</c> or <c>reports[i].year</c>.
/// </summary>
public sealed class ReportHistory
{
    private readonly Dictionary<ProgrammeCode, List<ProgressReport>> _byProgramme;

    private ReportHistory(Dictionary<ProgrammeCode, List<ProgressReport>> byProgramme) => _byProgramme = byProgramme;

    /// <summary>Checks and indexes <paramref name="reports"/>, throwing every problem found at once.</summary>
    public static ReportHistory Of(MonitoredPlan plan, IReadOnlyList<ProgressReport> reports)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reports);
        var problems = new List<Diagnostic>();
        var byProgramme = new Dictionary<ProgrammeCode, List<ProgressReport>>();
        for (var i = 0; i < reports.Count; i++)
        {
            var reference = reports[i].Programme;
            if (reference.Region != plan.Region || reference.PlanVersion != plan.Version)
            {
                problems.Add(Problems.ReportOfAnotherPlan(reference.ToString(), plan.Region.ToString(), plan.Version).Under($"reports[{i}].programme"));
            }
            else if (!plan.Has(reference.Programme))
            {
                problems.Add(Problems.ProgressUnknownProgramme(reference.Programme.Value).Under($"reports[{i}].programme"));
            }
            else if (byProgramme.GetValueOrDefault(reference.Programme)?.Any(r => r.Year == reports[i].Year) == true)
            {
                problems.Add(Problems.DuplicateKey($"{reference.Programme} {reports[i].Year}").Under($"reports[{i}].year"));
            }
            else
            {
                byProgramme.TryAdd(reference.Programme, []);
                byProgramme[reference.Programme].Add(reports[i]);
            }
        }

        return problems.Count > 0 ? throw new DomainException(problems) : new ReportHistory(byProgramme);
    }

    /// <summary>The programme's latest report for a year up to <paramref name="asOf"/>; null when there is none.</summary>
    public ProgressReport? Latest(ProgrammeCode programme, FiscalYear asOf) =>
        Reports(programme).Where(r => r.Year <= asOf).MaxBy(r => r.Year);

    /// <summary>The programme's cumulative progress as of <paramref name="asOf"/>: that of its latest report up to that year; 0 without one.</summary>
    public decimal ProgressOf(ProgrammeCode programme, FiscalYear asOf) => Latest(programme, asOf)?.Percent ?? 0m;

    /// <summary>Money realised by the programme in the years up to <paramref name="asOf"/>, per funding source key.</summary>
    public IReadOnlyDictionary<string, Rupiah> RealisedUpTo(ProgrammeCode programme, FiscalYear asOf) =>
        Reports(programme).Where(r => r.Year <= asOf)
            .SelectMany(r => r.Realised)
            .GroupBy(r => r.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(Rupiah.Zero, (sum, r) => sum + r.Amount), StringComparer.Ordinal);

    private List<ProgressReport> Reports(ProgrammeCode programme) => _byProgramme.GetValueOrDefault(programme) ?? [];
}
