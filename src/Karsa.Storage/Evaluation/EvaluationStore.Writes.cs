using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Evaluation;

/// <summary>The evaluation store's writes; each is one transaction guarded by the cycle's expected state.</summary>
public sealed partial class EvaluationStore
{
    /// <summary>Stores a new cycle (in draft) and returns its id.</summary>
    public Task<long> CreateCycleAsync(EvaluationCycle cycle, string? weightPreset, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var stamp = StampOf(by, at);
        return WithContext(async context =>
        {
            await Schema.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            var row = new EvaluationCycleRecord { Title = "", State = "", WeightPreset = weightPreset, UpdatedBy = stamp.By, UpdatedAt = stamp.At };
            EvaluationRows.Write(row, cycle);
            context.EvaluationCycles.Add(row);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return row.Id;
        });
    }

    /// <summary>
    /// Replaces the stored cycle <paramref name="id"/> by <paramref name="changed"/> (its instrument and
    /// state) while it is still in <paramref name="expected"/>; publishing goes through <see cref="PublishAsync"/>.
    /// </summary>
    public Task SaveCycleAsync(long id, CycleState expected, EvaluationCycle changed, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (changed.State == CycleState.Published)
        {
            throw new ArgumentException("a cycle is published with its results, through PublishAsync", nameof(changed));
        }

        return WriteAsync(id, expected, StampOf(by, at), async context =>
        {
            var row = await context.EvaluationCycles.Include(c => c.Questions).SingleAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
            context.EvaluationQuestions.RemoveRange(row.Questions);
            EvaluationRows.Write(row, changed);
            return true;
        }, cancellationToken);
    }

    /// <summary>Replaces <paramref name="region"/>'s self-assessment in cycle <paramref name="cycle"/> while the cycle is in <paramref name="expected"/>.</summary>
    public Task SaveSelfAssessmentAsync(long cycle, CycleState expected, RegionCode region, IReadOnlyList<SelfAssessmentAnswer> answers, string by, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var stamp = StampOf(by, at);
        return ReplaceRegionRowsAsync(cycle, expected, stamp, c => c.EvaluationAnswers, a => a.CycleId == cycle && a.RegionCode == region.Value,
            EvaluationRows.Answers(cycle, region, answers, stamp), cancellationToken);
    }

    /// <summary>Replaces <paramref name="region"/>'s verified scores in cycle <paramref name="cycle"/> while the cycle is in <paramref name="expected"/>.</summary>
    public Task SaveVerifiedScoresAsync(long cycle, CycleState expected, RegionCode region, IReadOnlyList<VerifiedScore> scores, string by, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var stamp = StampOf(by, at);
        return ReplaceRegionRowsAsync(cycle, expected, stamp, c => c.EvaluationScores, s => s.CycleId == cycle && s.RegionCode == region.Value,
            EvaluationRows.Scores(cycle, region, scores, stamp), cancellationToken);
    }

    /// <summary>Replaces <paramref name="region"/>'s findings in cycle <paramref name="cycle"/> while the cycle is in <paramref name="expected"/>.</summary>
    public Task SaveFindingsAsync(long cycle, CycleState expected, RegionCode region, IReadOnlyList<Finding> findings, string by, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return ReplaceRegionRowsAsync(cycle, expected, StampOf(by, at), c => c.EvaluationFindings, f => f.CycleId == cycle && f.RegionCode == region.Value,
            EvaluationRows.Findings(cycle, region, findings), cancellationToken);
    }

    /// <summary>Deletes a region's rows of one kind and adds <paramref name="rows"/> in their place, in one guarded transaction.</summary>
    private Task<bool> ReplaceRegionRowsAsync<T>(long cycle, CycleState expected, Stamp stamp, Func<KarsaDbContext, DbSet<T>> table,
        System.Linq.Expressions.Expression<Func<T, bool>> ofRegion, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class =>
        WriteAsync(cycle, expected, stamp, async context =>
        {
            await table(context).Where(ofRegion).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            table(context).AddRange(rows);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Marks cycle <paramref name="cycle"/> published and stores every region's result of
    /// <paramref name="published"/>, in one transaction, while the cycle is still in <paramref name="expected"/>.
    /// From then on every write to the cycle is refused: the evaluation is frozen.
    /// </summary>
    public Task PublishAsync(long cycle, CycleState expected, PublishedCycle published, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (published.Cycle.State != CycleState.Published)
        {
            throw new ArgumentException("the cycle is not published", nameof(published));
        }

        var stamp = StampOf(by, at);
        return WriteAsync(cycle, expected, stamp, async context =>
        {
            var row = await context.EvaluationCycles.SingleAsync(c => c.Id == cycle, cancellationToken).ConfigureAwait(false);
            (row.State, row.PublishedAt) = (CycleState.Published.ToString(), stamp.At);
            context.EvaluationResults.AddRange(published.Results.Select(r => EvaluationRows.Result(cycle, r, stamp.At)));
            return true;
        }, cancellationToken);
    }
}
