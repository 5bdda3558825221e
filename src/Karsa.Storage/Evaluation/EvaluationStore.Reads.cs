using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Evaluation;

/// <summary>The evaluation store's reads; none writes, and an empty or missing database reads as empty.</summary>
public sealed partial class EvaluationStore
{
    /// <summary>Every cycle, newest year first.</summary>
    public Task<IReadOnlyList<CycleSummary>> CyclesAsync(CancellationToken cancellationToken = default) =>
        WithContext<IReadOnlyList<CycleSummary>>(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            var rows = await context.EvaluationCycles.AsNoTracking().OrderByDescending(c => c.FiscalYear).ThenByDescending(c => c.Id)
                .Select(c => new { c.Id, c.FiscalYear, c.Title, c.TitleEnglish, c.State, c.PublishedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(c => new CycleSummary(c.Id, c.FiscalYear, c.Title, c.TitleEnglish, Enum.Parse<CycleState>(c.State), c.PublishedAt))];
        });

    /// <summary>The cycle <paramref name="id"/> with its instrument; not found is a <see cref="StorageException"/> with <see cref="StorageException.IsNotFound"/>.</summary>
    public Task<StoredCycle> CycleAsync(long id, CancellationToken cancellationToken = default) =>
        WithContext(async context =>
        {
            var row = await ReadableAsync(context, cancellationToken).ConfigureAwait(false)
                ? await context.EvaluationCycles.AsNoTracking().Include(c => c.Questions).SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false)
                : null;
            return row is null ? throw CycleNotFound(id) : new StoredCycle(row.Id, EvaluationRows.Cycle(row), row.WeightPreset, row.UpdatedAt, row.PublishedAt);
        });

    /// <summary><paramref name="region"/>'s evaluation in cycle <paramref name="cycle"/>: empty when nothing was saved yet.</summary>
    public async Task<RegionEvaluation> EvaluationAsync(long cycle, RegionCode region, CancellationToken cancellationToken = default) =>
        (await EvaluationsAsync(cycle, region, cancellationToken).ConfigureAwait(false)).SingleOrDefault() ?? new RegionEvaluation(region);

    /// <summary>Every region's evaluation in cycle <paramref name="cycle"/> (only <paramref name="region"/>'s when given), by region code.</summary>
    public Task<IReadOnlyList<RegionEvaluation>> EvaluationsAsync(long cycle, RegionCode? region = null, CancellationToken cancellationToken = default) =>
        WithContext<IReadOnlyList<RegionEvaluation>>(async context =>
        {
            if (!await ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            var code = region?.Value;
            var answers = await context.EvaluationAnswers.AsNoTracking().Where(a => a.CycleId == cycle && (code == null || a.RegionCode == code))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var scores = await context.EvaluationScores.AsNoTracking().Where(s => s.CycleId == cycle && (code == null || s.RegionCode == code))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var findings = await context.EvaluationFindings.AsNoTracking().Where(f => f.CycleId == cycle && (code == null || f.RegionCode == code))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var regions = answers.Select(a => a.RegionCode).Concat(scores.Select(s => s.RegionCode)).Concat(findings.Select(f => f.RegionCode))
                .Distinct().Order(StringComparer.Ordinal);
            return [.. regions.Select(r => RegionEvaluation.Restore(new RegionCode(r),
                [.. answers.Where(a => a.RegionCode == r).OrderBy(a => a.Position).Select(EvaluationRows.Answer)],
                [.. scores.Where(s => s.RegionCode == r).OrderBy(s => s.Position).Select(EvaluationRows.Score)],
                [.. findings.Where(f => f.RegionCode == r).OrderBy(f => f.Position).Select(EvaluationRows.Finding)]))];
        });

    /// <summary>
    /// The published results of cycle <paramref name="cycle"/>, one per region, by region code, with
    /// their indices but without findings (what a ranking and a distribution need); empty before publishing.
    /// </summary>
    public Task<IReadOnlyList<CycleResult>> ResultsAsync(long cycle, CancellationToken cancellationToken = default) =>
        ReadResultsAsync(rows => rows.Where(r => r.CycleId == cycle), withFindings: false, cancellationToken);

    /// <summary>Every published result of <paramref name="region"/>, oldest year first, with findings.</summary>
    public Task<IReadOnlyList<CycleResult>> RegionResultsAsync(RegionCode region, CancellationToken cancellationToken = default) =>
        ReadResultsAsync(rows => rows.Where(r => r.RegionCode == region.Value), withFindings: true, cancellationToken);

    private Task<IReadOnlyList<CycleResult>> ReadResultsAsync(Func<IQueryable<EvaluationResultRecord>, IQueryable<EvaluationResultRecord>> which, bool withFindings,
        CancellationToken cancellationToken) =>
        WithContext<IReadOnlyList<CycleResult>>(async context =>
        {
            if (!await ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            var rows = await which(context.EvaluationResults.AsNoTracking().Include(r => r.Indices)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var cycleIds = rows.Select(r => r.CycleId).Distinct().ToList();
            var cycles = await context.EvaluationCycles.AsNoTracking().Where(c => cycleIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
            var findings = new List<FindingRecord>();
            if (withFindings)
            {
                var regions = rows.Select(r => r.RegionCode).Distinct().ToList();
                findings = await context.EvaluationFindings.AsNoTracking().Where(f => cycleIds.Contains(f.CycleId) && regions.Contains(f.RegionCode))
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            return [.. rows.OrderBy(r => r.FiscalYear).ThenBy(r => r.CycleId).ThenBy(r => r.RegionCode, StringComparer.Ordinal)
                .Select(r => new CycleResult(r.CycleId, EvaluationRows.Published(r, EvaluationRows.Scale(cycles[r.CycleId]),
                    [.. findings.Where(f => f.CycleId == r.CycleId && f.RegionCode == r.RegionCode).OrderBy(f => f.Position).Select(EvaluationRows.Finding)])))];
        });

    private Task<bool> ReadableAsync(KarsaDbContext context, CancellationToken cancellationToken) => Schema.ReadableAsync(context, cancellationToken);
}
