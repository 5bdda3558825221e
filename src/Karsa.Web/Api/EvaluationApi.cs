using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Application.Monitoring;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api;

/// <summary>
/// The ministry's evaluation: cycles and their moves (ministry users), a region's evaluation
/// (self-assessment by its planners, verification and findings by evaluators), published results
/// (anyone) and the national ranking with CSV/XLSX export (ministry users). The permission policies
/// decide the role and region; the use cases add the cycle's state (KRS135, 422).
/// </summary>
internal static class EvaluationApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var cycles = api.MapGroup("/evaluation/cycles").WithTags("Evaluation");
        cycles.MapGet("/", async (IOptions<KarsaWebOptions> o, CancellationToken ct) => Answer(await CycleUseCases.ListAsync(o.Value.Database, ct)))
            .AllowAnonymous().WithName("ListEvaluationCycles").WithSummary("Every evaluation cycle, newest year first.");
        cycles.MapPost("/", (NewCycleBody body, HttpContext http, IOptions<KarsaWebOptions> o) =>
                Guarded(() => CycleUseCases.CreateAsync(o.Value.Database, ClaimsActor.Of(http), body.ToNewCycle(), DateTimeOffset.UtcNow, http.RequestAborted)))
            .RequireAuthorization(nameof(Permission.ManageEvaluation)).WithName("CreateEvaluationCycle")
            .WithSummary("Creates a cycle in draft from a weight preset and the starter questionnaire.");
        cycles.MapGet("/{cycle:long}", async (long cycle, IOptions<KarsaWebOptions> o, CancellationToken ct) => Answer(await CycleUseCases.GetAsync(o.Value.Database, cycle, ct)))
            .AllowAnonymous().WithName("GetEvaluationCycle").WithSummary("A cycle with its instrument, weights, scale and state.");
        cycles.MapPut("/{cycle:long}/instrument", (long cycle, InstrumentBody body, HttpContext http, IOptions<KarsaWebOptions> o) =>
                Guarded(() => CycleUseCases.EditInstrumentAsync(o.Value.Database, ClaimsActor.Of(http), cycle, body.ToInstrument(), DateTimeOffset.UtcNow, http.RequestAborted)))
            .RequireAuthorization(nameof(Permission.ManageEvaluation)).WithName("EditEvaluationInstrument")
            .WithSummary("Replaces a draft cycle's instrument: questions, the evaluation dimensions' weights and the answer scale.");
        cycles.MapPost("/{cycle:long}/state", (long cycle, CycleMoveBody body, HttpContext http, IOptions<KarsaWebOptions> o) =>
                Guarded(() => MoveAsync(o.Value.Database, ClaimsActor.Of(http), cycle, body.Move, http.RequestAborted)))
            .RequireAuthorization(nameof(Permission.ManageEvaluation)).WithName("MoveEvaluationCycle")
            .WithSummary("Moves a cycle forward: 'open' (self-assessment), 'verify' (start verification) or 'publish' (computes and freezes the results).");
        cycles.MapGet("/{cycle:long}/ranking", async (long cycle, string? province, int? cohort, string? format, int? offset, int? limit, HttpContext http,
                IOptions<KarsaWebOptions> o) =>
                await RankingAsync(o.Value.Database, ClaimsActor.Of(http), cycle, (province, cohort), format, (offset, limit), http.RequestAborted))
            .RequireAuthorization(nameof(Permission.ReadNational)).WithName("EvaluationRanking")
            .WithSummary("The national ranking and distribution of a published cycle, filtered by province and cohort, a page of lines at a time (?offset=, ?limit= up to 200, default 50); ?format=csv or xlsx downloads it whole.")
            .Produces<RankingAnswer>();

        var region = cycles.MapGroup("/{cycle:long}/regions/{region}");
        region.MapGet("/", (long cycle, string region, HttpContext http, IOptions<KarsaWebOptions> o) =>
                Guarded(() => AssessmentUseCases.GetAsync(o.Value.Database, ClaimsActor.Of(http), cycle, new RegionCode(region), http.RequestAborted)))
            .RequireAuthorization(nameof(Permission.ReadEvaluation)).WithName("GetRegionEvaluation")
            .WithSummary("A region's evaluation in a cycle: self-assessment, verified scores with prefill sources, findings.");
        region.MapPut("/self-assessment", (long cycle, string region, SelfAssessmentBody body, HttpContext http, IOptions<KarsaWebOptions> o) =>
                Guarded(() => AssessmentUseCases.SaveSelfAssessmentAsync(o.Value.Database, ClaimsActor.Of(http), cycle, new RegionCode(region), body.ToAnswers(),
                    DateTimeOffset.UtcNow, http.RequestAborted)))
            .RequireAuthorization(nameof(Permission.SelfAssess)).WithName("PutSelfAssessment")
            .WithSummary("Replaces the region's self-assessment (the region's planners, while the cycle is open).");
        region.MapPost("/prefill", (long cycle, string region, HttpContext http, IOptions<KarsaWebOptions> o) =>
                http.RequestServices.GetService<IProgressFacts>() is { } facts
                    ? Guarded(() => AssessmentUseCases.PrefillAsync(o.Value.Database, ClaimsActor.Of(http), cycle, new RegionCode(region), facts, DateTimeOffset.UtcNow,
                        http.RequestAborted))
                    : Task.FromResult(ApiProblems.Of(StatusCodes.Status503ServiceUnavailable, "Data kemajuan belum tersedia di server ini.", "Progress data is not available on this server.")))
            .RequireAuthorization(nameof(Permission.ManageEvaluation)).WithName("PrefillRegionScores")
            .WithSummary("Prefills the questions Karsa's data can answer (quick wins, schedule, budget, indicators), each with its source; the evaluator confirms.");
        region.MapPut("/scores", (long cycle, string region, ScoreDecisionsBody body, HttpContext http, IOptions<KarsaWebOptions> o) =>
                Guarded(() => AssessmentUseCases.DecideScoresAsync(o.Value.Database, ClaimsActor.Of(http), cycle, new RegionCode(region), body.ToDecisions(),
                    DateTimeOffset.UtcNow, http.RequestAborted)))
            .RequireAuthorization(nameof(Permission.ManageEvaluation)).WithName("DecideRegionScores")
            .WithSummary("The evaluator's decisions: confirm a prefill, override it with a note, or score a question.");
        region.MapPut("/findings", (long cycle, string region, FindingsBody body, HttpContext http, IOptions<KarsaWebOptions> o) =>
                Guarded(() => AssessmentUseCases.SaveFindingsAsync(o.Value.Database, ClaimsActor.Of(http), cycle, new RegionCode(region), body.ToFindings(),
                    DateTimeOffset.UtcNow, http.RequestAborted)))
            .RequireAuthorization(nameof(Permission.ManageEvaluation)).WithName("PutRegionFindings")
            .WithSummary("Replaces the evaluator's findings about the region.");

        api.MapGet("/public/evaluation/cycles/{cycle:long}/regions/{region}", (long cycle, string region, IOptions<KarsaWebOptions> o, CancellationToken ct) =>
                Guarded(() => ResultUseCases.ResultAsync(o.Value.Database, cycle, new RegionCode(region), ct)))
            .AllowAnonymous().WithTags("Evaluation").WithName("GetPublishedEvaluation")
            .WithSummary("A region's published result: index overall, per evaluation and smart-city dimension, findings, rank, change since last year.");
    }

    private static IResult Answer<T>(UseCaseResult<T> result)
        where T : class => result.Succeeded ? Results.Ok(result.Value) : ApiProblems.From(result.Error);

    /// <summary>Runs a write whose input the body builds; input the model refuses while being built is a 422 with its paths.</summary>
    private static async Task<IResult> Guarded<T>(Func<Task<UseCaseResult<T>>> work)
        where T : class
    {
        try
        {
            return Answer(await work().ConfigureAwait(false));
        }
        catch (DomainException refused)
        {
            return ApiProblems.From(Failures.From(refused));
        }
        catch (FormatException wrong)
        {
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "Masukan tidak sah: " + wrong.Message, "Invalid input: " + wrong.Message);
        }
    }

    private static Task<UseCaseResult<Storage.Evaluation.StoredCycle>> MoveAsync(string? database, Actor? actor, long cycle, string? move, CancellationToken ct) => move switch
    {
        "open" => CycleUseCases.MoveAsync(database, actor, cycle, EvaluationAction.OpenSelfAssessment, DateTimeOffset.UtcNow, ct),
        "verify" => CycleUseCases.MoveAsync(database, actor, cycle, EvaluationAction.StartVerification, DateTimeOffset.UtcNow, ct),
        "publish" => PublishUseCase.PublishAsync(database, actor, cycle, DateTimeOffset.UtcNow, ct),
        _ => throw new FormatException($"move '{move}' (open, verify or publish)"),
    };

    private static async Task<IResult> RankingAsync(string? database, Actor? actor, long cycle, (string? Province, int? Cohort) filter, string? format,
        (int? Offset, int? Limit) page, CancellationToken ct)
    {
        var (province, cohort) = filter;
        if (format is null)
        {
            var ranking = await NationalEvaluationUseCases.RankingAsync(database, actor, cycle, province, cohort, ct);
            return ranking.Succeeded ? Results.Ok(RankingAnswer.Of(ranking.Value, page.Offset, page.Limit)) : ApiProblems.From(ranking.Error);
        }

        if (!Enum.TryParse<RankingFormat>(format, ignoreCase: true, out var kind))
        {
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, $"Format '{format}' tidak dikenal (csv atau xlsx).", $"Unknown format '{format}' (csv or xlsx).");
        }

        var file = await RankingExport.ExportAsync(database, actor, cycle, province, cohort, kind, Say.Language, ct);
        return file.Succeeded ? Results.File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : ApiProblems.From(file.Error);
    }
}
