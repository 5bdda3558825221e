using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Karsa.Web.Pages.Progress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>
/// A region's page of one cycle (its planners; national roles read it): the self-assessment form per
/// question with evidence upload while the cycle is open; after publication the region's result (index per
/// evaluation and smart-city dimension and overall, findings, rank, change since the previous result) and
/// the report downloads. Another region's evaluation is refused (403).
/// </summary>
[Authorize(Policy = nameof(Permission.ReadEvaluation))]
[RequestFormLimits(MultipartBodyLengthLimit = 64L * 1024 * 1024)]
[RequestSizeLimit(64L * 1024 * 1024)]
public sealed class RegionCycleModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : EvaluationPage
{
    /// <summary>The region code.</summary>
    [FromRoute]
    public string Region { get; set; } = "";

    /// <summary>The cycle id.</summary>
    [FromRoute]
    public long Cycle { get; set; }

    /// <summary>The region's evaluation and, once published, its result.</summary>
    public RegionCycleView View { get; private set; } = null!;

    /// <summary>The answers as typed, one per question in the instrument's order.</summary>
    [BindProperty]
    public List<AnswerFields> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ReadAsync(fill: true, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Failures.TryRegion(Region, out var region, out var wrong))
        {
            return PageErrors.Status(wrong!);
        }

        List<Diagnostic> problems = [];
        var rows = Answers.Select((row, i) => (row, i)).Where(r => !r.row.IsBlank).ToList();
        List<AnswerDraft> drafts = [];
        try
        {
            drafts = [.. rows.Select(r => r.row.ToDraft(r.i, problems)).OfType<AnswerDraft>()];
        }
        catch (DomainException refused)
        {
            problems.AddRange(refused.Problems);
        }

        var saved = problems.Count > 0
            ? UseCaseError.Invalid(problems)
            : (await SelfAssessmentUseCase.SaveAsync(options.Value.Database, ClaimsActor.Of(HttpContext), Cycle, region, drafts, clock.GetUtcNow(), cancellationToken)).Error;
        foreach (var draft in drafts)
        {
            foreach (var upload in draft.Uploads)
            {
                await upload.Content.DisposeAsync();
            }
        }

        if (saved is null)
        {
            Saved = Say.T("Penilaian mandiri disimpan.", "The self-assessment was saved.");
            return Redirect($"/wilayah/{Region}/evaluasi/{Cycle}");
        }

        if (saved.Kind == FailureKind.InvalidInput)
        {
            saved = saved with { Diagnostics = [.. saved.Diagnostics.Select(p => FormRows.OnForm(p, "selfAssessment", "answers", [.. rows.Select(r => r.i)]))] };
        }

        return await RefusedAsync(saved, () => ReadAsync(fill: false, cancellationToken));
    }

    private async Task<IActionResult?> ReadAsync(bool fill, CancellationToken cancellationToken)
    {
        if (!Failures.TryRegion(Region, out var region, out var wrong))
        {
            return PageErrors.Status(wrong!);
        }

        var read = await RegionCycleUseCase.GetAsync(options.Value.Database, ClaimsActor.Of(HttpContext), Cycle, region, cancellationToken);
        if (!read.Succeeded)
        {
            return PageErrors.Status(read.Error);
        }

        View = read.Value;
        var questions = View.Evaluation.Cycle.Cycle.Instrument.Questions;
        var typed = fill ? [] : Answers.Where(a => !a.IsBlank).GroupBy(a => a.Question, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Answers = [.. questions.Select(q => typed.GetValueOrDefault(q.Code.Value) ?? AnswerFields.Of(q, View.Evaluation.Evaluation.SelfAssessment.FirstOrDefault(a => a.Question == q.Code)))];

        return null;
    }
}

/// <summary>One answer as typed, with the evidence already attached and a new file.</summary>
public sealed class AnswerFields
{
    /// <summary>The question's code.</summary>
    public string Question { get; set; } = "";

    /// <summary>The score as typed.</summary>
    public string? Score { get; set; }

    /// <summary>The explanation.</summary>
    public string? Explanation { get; set; }

    /// <summary>Ids of evidence files already attached (kept through an error).</summary>
    public List<string> Evidence { get; set; } = [];

    /// <summary>A new evidence file.</summary>
    public IFormFile? Upload { get; set; }

    /// <summary>True when nothing was given for the question (it is left unanswered).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Score) && string.IsNullOrWhiteSpace(Explanation) && Evidence.Count == 0 && Upload is null;

    /// <summary>The fields of <paramref name="question"/> with its saved answer.</summary>
    public static AnswerFields Of(Question question, SelfAssessmentAnswer? answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new()
        {
            Question = question.Code.Value,
            Score = answer is null ? null : FormNumbers.Text(answer.Score),
            Explanation = answer?.Explanation,
            Evidence = [.. answer?.Evidence ?? []],
        };
    }

    /// <summary>The use case's answer; a missing or wrong score is a problem at <c>answers[i].score</c> and gives null.</summary>
    public AnswerDraft? ToDraft(int index, List<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var path = $"answers[{index}].score";
        if (string.IsNullOrWhiteSpace(Score))
        {
            problems.Add(Problems.MissingField("score").Under(path));
            return null;
        }

        if (InstrumentFields.Number(Score, path, problems) is not { } score)
        {
            return null;
        }

        IReadOnlyList<EvidenceUpload> uploads = Upload is { } file ? [new EvidenceUpload(file.FileName, file.OpenReadStream())] : [];
        return new AnswerDraft(new QuestionCode(Question), score, string.IsNullOrWhiteSpace(Explanation) ? null : Explanation.Trim(),
            [.. Evidence.Where(e => !string.IsNullOrWhiteSpace(e))], uploads);
    }
}
