using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Progress;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Storage.Progress;

namespace Karsa.Application.Evaluation;

/// <summary>A file sent with an answer.</summary>
/// <param name="FileName">The name it was sent with.</param>
/// <param name="Content">Its bytes; the caller disposes it.</param>
public sealed record EvidenceUpload(string? FileName, Stream Content);

/// <summary>One answer of a self-assessment as the form sends it.</summary>
/// <param name="Question">The question answered.</param>
/// <param name="Score">The self-assessed score.</param>
/// <param name="Explanation">The region's explanation.</param>
/// <param name="Evidence">The ids of evidence files already attached.</param>
/// <param name="Uploads">New evidence files to attach.</param>
public sealed record AnswerDraft(QuestionCode Question, decimal Score, string? Explanation, IReadOnlyList<string> Evidence, IReadOnlyList<EvidenceUpload> Uploads);

/// <summary>
/// The region's self-assessment with its evidence files, as the region's page saves it: the answers are
/// checked against the instrument and the cycle's state first (nothing is stored when they are refused),
/// then every new file is checked by the progress evidence handling (<see cref="EvidenceIntake"/>: kind,
/// size), and only when all pass are they stored outside the web root (served as downloads) and the
/// answers stored with the files' ids. Each refused file is a problem at
/// <c>selfAssessment[i].evidence.fileName</c> (or <c>size</c>, <c>content</c>), all reported together, and
/// then no file of the save is kept.
/// </summary>
public static class SelfAssessmentUseCase
{
    /// <summary>Evidence files of an evaluation are listed under this key and the cycle's id (plan version 0: no progress report has it).</summary>
    public const string EvidenceOwnerPrefix = "EVAL-";

    /// <summary>Saves <paramref name="answers"/> as <paramref name="region"/>'s self-assessment in <paramref name="cycle"/>.</summary>
    public static Task<UseCaseResult<RegionEvaluationView>> SaveAsync(string? database, Actor? actor, long cycle, RegionCode region, IReadOnlyList<AnswerDraft> answers,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (AccessPolicy.EvaluationPartyFor(actor, EvaluationAction.EditSelfAssessment, region) is not { } party)
        {
            return Task.FromResult<UseCaseResult<RegionEvaluationView>>(EvaluationRefusals.Forbidden());
        }

        return EvaluationStores.WithStoreAsync(database, async store =>
        {
            var view = await AssessmentUseCases.ViewAsync(store, cycle, region, cancellationToken).ConfigureAwait(false);
            var evaluated = view.Cycle.Cycle;
            view.Evaluation.WithSelfAssessment(evaluated, party, [.. answers.Select(a => Answer(a, a.Evidence))]);
            var files = ProgressStores.For(store.Location);
            var owner = new EvidenceOwner(region, 0, EvidenceOwnerPrefix + cycle.ToString(System.Globalization.CultureInfo.InvariantCulture), evaluated.Year.Value);
            var checkedUploads = await CheckUploadsAsync(files, answers, cancellationToken).ConfigureAwait(false);
            try
            {
                List<SelfAssessmentAnswer> complete = [];
                for (var i = 0; i < answers.Count; i++)
                {
                    List<string> ids = [.. answers[i].Evidence];
                    foreach (var upload in checkedUploads[i])
                    {
                        ids.Add((await EvidenceIntake.KeepAsync(files, owner, upload, actor!.Name, now, cancellationToken).ConfigureAwait(false)).Id);
                    }

                    complete.Add(Answer(answers[i], ids));
                }

                var changed = view.Evaluation.WithSelfAssessment(evaluated, party, [.. complete]);
                await store.SaveSelfAssessmentAsync(cycle, evaluated.State, region, changed.SelfAssessment, actor!.Name, now, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                DisposeAll(checkedUploads);
            }

            return UseCaseResult.Success(await AssessmentUseCases.ViewAsync(store, cycle, region, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);
    }

    /// <summary>
    /// Stages and checks every upload of every answer before any is kept: when one is refused, all the
    /// refusals are reported together (at <c>selfAssessment[i].evidence</c>) and nothing is kept.
    /// </summary>
    private static async Task<List<List<CheckedEvidence>>> CheckUploadsAsync(ProgressStore files, IReadOnlyList<AnswerDraft> answers, CancellationToken cancellationToken)
    {
        List<List<CheckedEvidence>> accepted = [];
        List<Diagnostic> refused = [];
        try
        {
            for (var i = 0; i < answers.Count; i++)
            {
                accepted.Add([]);
                foreach (var upload in answers[i].Uploads)
                {
                    try
                    {
                        accepted[i].Add(await EvidenceIntake.CheckAsync(files, upload.FileName, upload.Content, cancellationToken).ConfigureAwait(false));
                    }
                    catch (DomainException refusal)
                    {
                        refused.AddRange(refusal.Problems.Select(p => p.Within($"selfAssessment[{i}].evidence")));
                    }
                }
            }
        }
        catch
        {
            DisposeAll(accepted);
            throw;
        }

        if (refused.Count > 0)
        {
            DisposeAll(accepted);
            throw new DomainException(refused);
        }

        return accepted;
    }

    private static void DisposeAll(List<List<CheckedEvidence>> uploads)
    {
        foreach (var upload in uploads.SelectMany(u => u))
        {
            upload.Dispose();
        }
    }

    private static SelfAssessmentAnswer Answer(AnswerDraft draft, IReadOnlyList<string> evidence) =>
        new(draft.Question, draft.Score, draft.Explanation, [.. evidence]);
}
