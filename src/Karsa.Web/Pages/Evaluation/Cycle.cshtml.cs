using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Domain.Diagnostics;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Storage.Evaluation;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>
/// One cycle (ministry roles): its instrument, editable while the cycle is a draft; the moves its state
/// allows (open the self-assessment, start verification, publish); and every region with where its
/// evaluation stands, each linking to the region's verification page.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadNational))]
public sealed class CycleModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : EvaluationPage
{
    /// <summary>The cycle id.</summary>
    [FromRoute]
    public long Cycle { get; set; }

    /// <summary>The cycle and its regions.</summary>
    public CycleOverview View { get; private set; } = null!;

    /// <summary>The instrument as typed.</summary>
    [BindProperty]
    public InstrumentFields Instrument { get; set; } = new();

    /// <summary>True when the instrument may be changed (a draft, and the reader is a ministry user).</summary>
    public bool MayEdit => View.Cycle.Cycle.State == CycleState.Draft && HttpContext.May(Permission.ManageEvaluation);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is { } failed)
        {
            return failed;
        }

        Instrument = InstrumentFields.Of(View.Cycle.Cycle.Instrument);
        return Page();
    }

    public async Task<IActionResult> OnPostInstrumentAsync(CancellationToken cancellationToken)
    {
        UseCaseResult<StoredCycle> saved;
        try
        {
            saved = await CycleUseCases.EditInstrumentAsync(options.Value.Database, ClaimsActor.Of(HttpContext), Cycle, Instrument.ToInstrument(), clock.GetUtcNow(), cancellationToken);
        }
        catch (DomainException refused)
        {
            saved = UseCaseError.Invalid(refused.Problems);
        }

        return await AnswerAsync(saved, Say.T("Instrumen disimpan.", "The instrument was saved."), keepTyped: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(string? move, CancellationToken cancellationToken)
    {
        var (database, actor, now) = (options.Value.Database, ClaimsActor.Of(HttpContext), clock.GetUtcNow());
        var moved = move switch
        {
            "open" => await CycleUseCases.MoveAsync(database, actor, Cycle, EvaluationAction.OpenSelfAssessment, now, cancellationToken),
            "verify" => await CycleUseCases.MoveAsync(database, actor, Cycle, EvaluationAction.StartVerification, now, cancellationToken),
            "publish" => await PublishUseCase.PublishAsync(database, actor, Cycle, now, cancellationToken),
            _ => UseCaseError.Of(FailureKind.InvalidInput, new($"Langkah '{move}' tidak dikenal.", $"Unknown move '{move}'.")),
        };
        return await AnswerAsync(moved, Say.T("Status siklus diubah.", "The cycle's state was changed."), keepTyped: false, cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(UseCaseResult<StoredCycle> done, string saved, bool keepTyped, CancellationToken cancellationToken)
    {
        if (done.Succeeded)
        {
            Saved = saved;
            return Redirect($"/nasional/evaluasi/{Cycle}");
        }

        return await RefusedAsync(done.Error, async () =>
        {
            var failed = await ReadAsync(cancellationToken);
            if (failed is null && !keepTyped)
            {
                Instrument = InstrumentFields.Of(View.Cycle.Cycle.Instrument);
            }

            return failed;
        });
    }

    private async Task<IActionResult?> ReadAsync(CancellationToken cancellationToken)
    {
        var read = await CycleOverviewUseCase.GetAsync(options.Value.Database, ClaimsActor.Of(HttpContext), Cycle, cancellationToken);
        if (!read.Succeeded)
        {
            return PageErrors.Status(read.Error);
        }

        View = read.Value;
        return null;
    }
}
