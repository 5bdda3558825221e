using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>One line of the ministry's list of cycles.</summary>
/// <param name="Summary">Year, title, state.</param>
/// <param name="Questions">The instrument's questions.</param>
/// <param name="SelfAssessed">Regions that saved a self-assessment.</param>
/// <param name="Verified">Regions with at least one verified score.</param>
/// <param name="Published">Regions with a published result.</param>
public sealed record CycleListLine(CycleSummary Summary, int Questions, int SelfAssessed, int Verified, int Published);

/// <summary>The ministry's list of cycles with their counts (needs <see cref="Permission.ReadNational"/>).</summary>
public static class CycleListUseCase
{
    /// <summary>Every cycle, newest year first, with how many regions took part at each step.</summary>
    public static Task<UseCaseResult<IReadOnlyList<CycleListLine>>> ListAsync(string? database, Actor? actor, CancellationToken cancellationToken = default) =>
        !AccessPolicy.Allows(actor, Permission.ReadNational, null)
            ? Task.FromResult<UseCaseResult<IReadOnlyList<CycleListLine>>>(EvaluationRefusals.Forbidden())
            : EvaluationStores.WithStoreAsync<IReadOnlyList<CycleListLine>>(database, async store =>
            {
                List<CycleListLine> lines = [];
                foreach (var summary in await store.CyclesAsync(cancellationToken).ConfigureAwait(false))
                {
                    var cycle = await store.CycleAsync(summary.Id, cancellationToken).ConfigureAwait(false);
                    var evaluations = await store.EvaluationsAsync(summary.Id, null, cancellationToken).ConfigureAwait(false);
                    var results = await store.ResultsAsync(summary.Id, cancellationToken).ConfigureAwait(false);
                    lines.Add(new CycleListLine(summary, cycle.Cycle.Instrument.Questions.Count, evaluations.Count(e => e.SelfAssessment.Count > 0),
                        evaluations.Count(e => e.Verified.Count > 0), results.Count));
                }

                return UseCaseResult.Success<IReadOnlyList<CycleListLine>>(lines);
            }, cancellationToken);
}
