using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Application.Monitoring;
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
/// The evaluator's page of one region in a cycle: the region's answers with their evidence, scores
/// prefilled from Karsa's data with their source (confirm or override with a note), the verified score
/// and note per question, and the findings (strengths, weaknesses, recommendations).
/// </summary>
[Authorize(Policy = nameof(Permission.ReadNational))]
public sealed class AssessmentModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : EvaluationPage
{
    /// <summary>Blank finding rows offered for adding findings without scripts.</summary>
    public const int BlankFindings = 3;

    /// <summary>The cycle id.</summary>
    [FromRoute]
    public long Cycle { get; set; }

    /// <summary>The region code.</summary>
    [FromRoute]
    public string Region { get; set; } = "";

    /// <summary>The cycle and the region's evaluation.</summary>
    public RegionEvaluationView View { get; private set; } = null!;

    /// <summary>The score rows as typed, one per question in the instrument's order.</summary>
    [BindProperty]
    public List<ScoreFields> Scores { get; set; } = [];

    /// <summary>The finding rows as typed.</summary>
    [BindProperty]
    public List<FindingFields> Findings { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ReadAsync(fill: true, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostPrefillAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.RequestServices.GetService<IProgressFacts>() is not { } facts)
        {
            return await AnswerAsync(UseCaseError.Of(FailureKind.Conflict, new LocalizedText("Data kemajuan belum tersedia di server ini.", "Progress data is not available on this server.")),
                "", cancellationToken);
        }

        var done = await AssessmentUseCases.PrefillAsync(options.Value.Database, ClaimsActor.Of(HttpContext), Cycle, new RegionCode(Region), facts, clock.GetUtcNow(), cancellationToken);
        return await AnswerAsync(done.Succeeded ? null : done.Error, Say.T("Nilai diisi dari data Karsa; konfirmasi atau ganti tiap nilai.", "Scores were prefilled from Karsa's data; confirm or override each."),
            cancellationToken);
    }

    public async Task<IActionResult> OnPostScoresAsync(CancellationToken cancellationToken)
    {
        List<Diagnostic> problems = [];
        List<ScoreDecision> decisions = [];
        try
        {
            decisions = [.. Scores.Select((row, i) => row.ToDecision(i, problems))];
        }
        catch (DomainException refused)
        {
            problems.AddRange(refused.Problems);
        }

        var done = problems.Count > 0
            ? UseCaseError.Invalid(problems)
            : (await AssessmentUseCases.DecideScoresAsync(options.Value.Database, ClaimsActor.Of(HttpContext), Cycle, new RegionCode(Region), decisions, clock.GetUtcNow(), cancellationToken)).Error;
        return await AnswerAsync(done, Say.T("Nilai terverifikasi disimpan.", "The verified scores were saved."), cancellationToken);
    }

    public async Task<IActionResult> OnPostFindingsAsync(CancellationToken cancellationToken)
    {
        List<Diagnostic> problems = [];
        var findings = Findings.Select((row, i) => (row, i)).Where(r => !r.row.IsBlank).Select(r => r.row.ToFinding(r.i, problems)).OfType<Finding>().ToList();
        var done = problems.Count > 0
            ? UseCaseError.Invalid(problems)
            : (await AssessmentUseCases.SaveFindingsAsync(options.Value.Database, ClaimsActor.Of(HttpContext), Cycle, new RegionCode(Region), [.. findings], clock.GetUtcNow(), cancellationToken)).Error;
        return await AnswerAsync(done, Say.T("Temuan disimpan.", "The findings were saved."), cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(UseCaseError? error, string saved, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            Saved = saved;
            return Redirect($"/nasional/evaluasi/{Cycle}/{Region}");
        }

        return await RefusedAsync(error, () => ReadAsync(fill: false, cancellationToken));
    }

    private async Task<IActionResult?> ReadAsync(bool fill, CancellationToken cancellationToken)
    {
        if (!Failures.TryRegion(Region, out var region, out var wrong))
        {
            return PageErrors.Status(wrong!);
        }

        var read = await AssessmentUseCases.GetAsync(options.Value.Database, ClaimsActor.Of(HttpContext), Cycle, region, cancellationToken);
        if (!read.Succeeded)
        {
            return PageErrors.Status(read.Error);
        }

        View = read.Value;
        var questions = View.Cycle.Cycle.Instrument.Questions;
        var typed = fill ? [] : Scores.GroupBy(s => s.Question, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Scores = [.. questions.Select(q => typed.GetValueOrDefault(q.Code.Value) ?? ScoreFields.Of(q, View.Evaluation.ScoreOf(q.Code)))];

        if (fill)
        {
            Findings = [.. View.Evaluation.Findings.Select(FindingFields.Of)];
        }

        return null;
    }
}

/// <summary>The evaluator's decision on one question as typed.</summary>
public sealed class ScoreFields
{
    /// <summary>The question's code.</summary>
    public string Question { get; set; } = "";

    /// <summary>The score as typed.</summary>
    public string? Score { get; set; }

    /// <summary>The note.</summary>
    public string? Note { get; set; }

    /// <summary>True to confirm the prefilled score.</summary>
    public bool Confirm { get; set; }

    /// <summary>The row of <paramref name="question"/> with its current score.</summary>
    public static ScoreFields Of(Question question, VerifiedScore? current)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new() { Question = question.Code.Value, Score = current is null ? null : FormNumbers.Text(current.Score), Note = current?.Note };
    }

    /// <summary>The use case's decision; a score that is no number is a problem at <c>decisions[i].score</c>.</summary>
    public ScoreDecision ToDecision(int index, List<Diagnostic> problems) =>
        new(new QuestionCode(Question), InstrumentFields.Number(Score, $"decisions[{index}].score", problems), string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), Confirm);
}

/// <summary>One finding as typed.</summary>
public sealed class FindingFields
{
    /// <summary>Strength, weakness or recommendation.</summary>
    public FindingKind Kind { get; set; }

    /// <summary>The finding in Indonesian.</summary>
    public string? Text { get; set; }

    /// <summary>The finding in English.</summary>
    public string? TextEnglish { get; set; }

    /// <summary>The evaluation dimension it concerns, or blank.</summary>
    public string? EvaluationDimension { get; set; }

    /// <summary>True when no text was typed (a blank row adds nothing; emptying a row drops its finding).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(TextEnglish);

    /// <summary>The fields of <paramref name="finding"/>.</summary>
    public static FindingFields Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new() { Kind = finding.Kind, Text = finding.Text.Indonesian, TextEnglish = finding.Text.English, EvaluationDimension = finding.EvaluationDimension?.ToString() };
    }

    /// <summary>The finding, or null with a problem at <c>findings[i].text</c> (an English text without the Indonesian one).</summary>
    public Finding? ToFinding(int index, List<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(Text))
        {
            problems.Add(Problems.EmptyText().Under($"findings[{index}].text"));
            return null;
        }

        var dimension = Enum.TryParse<Monitoring.Evaluation.EvaluationDimension>(EvaluationDimension, out var d) ? d : (Monitoring.Evaluation.EvaluationDimension?)null;
        return new Finding(Kind, new LocalizedText(Text.Trim(), string.IsNullOrWhiteSpace(TextEnglish) ? null : TextEnglish.Trim()), dimension);
    }
}
