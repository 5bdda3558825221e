using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Application.Monitoring;
using Karsa.Documents;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;
using static Karsa.Application.Tests.Evaluation.EvaluationParties;

namespace Karsa.Application.Tests.Evaluation;

/// <summary>
/// A whole cycle through the use cases on a SQLite file: the ministry creates it from a preset, the
/// region answers, the evaluator prefills from (fake) progress facts, confirms and overrides, writes
/// findings, and the ministry publishes; the index is recomputed by hand here.
/// </summary>
public sealed class EvaluationFlowTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("karsa-eval-").FullName;

    private string Db => Path.Combine(_folder, "karsa.db");

    private static QuestionCode Q(string code) => new(code);

    private static FakeProgressFacts Facts() => new FakeProgressFacts(new Dictionary<RegionCode, MonitoringFacts>
    {
        // Quick wins 4 of 5, on schedule 6 of 8, Rp 900 of Rp 1.000 realised, indicators 3 of 4.
        [Karanganyar] = new(4, 5, 6, 8, 900, 1000, 3, 4),
    });

    private static T Ok<T>(UseCaseResult<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, result.Error?.Message.English + string.Join("; ", result.Error?.Diagnostics.Select(d => $"{d.Code} {d.Path}") ?? []));
        return result.Value;
    }

    private async Task<long> VerificationCycleAsync()
    {
        var cycle = await OpenCycleAsync(Db);
        Ok(await AssessmentUseCases.SaveSelfAssessmentAsync(Db, Planner, cycle, Karanganyar, [new(Q("BAS-01"), 4m, "Perbup 12/2024", ["ev-1"])], Now));
        Ok(await CycleUseCases.MoveAsync(Db, Ministry, cycle, EvaluationAction.StartVerification, Now));
        return cycle;
    }

    [Fact]
    public async Task A_cycle_runs_from_preset_to_published_ranking_and_the_index_is_the_one_computed_by_hand()
    {
        var cycle = await VerificationCycleAsync();
        var prefilled = Ok(await AssessmentUseCases.PrefillAsync(Db, Ministry, cycle, Karanganyar, Facts(), Now)).Evaluation;
        Assert.Equal(
            [("OUT-02", 4.6m, "Realisasi anggaran: 90 %"), ("OUC-01", 4m, "Program sesuai jadwal: 6 dari 8"), ("OUC-02", 4m, "Indikator dilaporkan: 3 dari 4"),
             ("QW-01", 4.2m, "Quick win terlaksana: 4 dari 5")],
            prefilled.Verified.Select(s => (s.Question.Value, s.Score, s.Source!.Description.Indonesian)));
        Assert.All(prefilled.Verified, s => Assert.Equal(ScoreState.Prefilled, s.State));

        Ok(await AssessmentUseCases.DecideScoresAsync(Db, Ministry, cycle, Karanganyar,
        [
            new(Q("BAS-01"), 3.5m), new(Q("BAS-02"), 4m), new(Q("OUT-01"), 3m), new(Q("OUT-02"), null, Confirm: true),
            new(Q("OUC-01"), 3.5m, "dua program terlambat"), new(Q("OUC-02"), 4m, Confirm: true), new(Q("IMP-01"), 3.25m), new(Q("QW-01"), null, Confirm: true),
        ], Now));
        Ok(await AssessmentUseCases.SaveFindingsAsync(Db, Ministry, cycle, Karanganyar, [new(FindingKind.Weakness, "Dua program terlambat")], Now));
        Ok(await AssessmentUseCases.DecideScoresAsync(Db, Ministry, cycle, Surakarta,
            [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, 3m))], Now));

        Ok(await PublishUseCase.PublishAsync(Db, Ministry, cycle, Now));

        var result = Ok(await ResultUseCases.ResultAsync(Db, cycle, Karanganyar));
        var (baseline, output, outcome, impact, quickWin) = ((3.5m + 4m) / 2m, (3m + 4.6m) / 2m, (3.5m + 4m) / 2m, 3.25m, 4.2m);
        Assert.Equal(((10m * baseline) + (20m * output) + (30m * outcome) + (30m * impact) + (10m * quickWin)) / 100m, result.Result.Index.Overall);
        Assert.Equal(3.655m, result.Result.Index.Overall);
        Assert.Equal(output, result.Result.Index.Of(EvaluationDimension.Output));
        Assert.Equal((1, 2), result.Rank);
        Assert.Null(result.Change);
        Assert.Equal("Dua program terlambat", Assert.Single(result.Result.Findings).Text.Indonesian);

        var national = Ok(await NationalEvaluationUseCases.RankingAsync(Db, Ministry, cycle, null, null));
        Assert.Equal([(1, "33.13", 3.655m), (2, "33.72", 3m)], national.Lines.Select(l => (l.Entry.Rank, l.Entry.Result.Region.Value, l.Entry.Result.Index.Overall)));
        Assert.Equal([0, 0, 2, 0], national.Distribution.Bands.Select(b => b.Count)); // bands 1-2, 2-3, 3-4, 4-5: 3 and 3.655 both in [3, 4)
        var latest = Ok(await ResultUseCases.LatestAsync(Db, Surakarta));
        Assert.Equal((cycle, 3m), (latest.Result!.CycleId, latest.Result.Result.Index.Overall));
    }

    [Fact]
    public async Task A_regions_latest_evaluation_follows_each_new_publication_although_it_is_kept_between_reads()
    {
        Assert.Null(Ok(await ResultUseCases.LatestAsync(Db, Karanganyar)).Result);

        var first = await VerificationCycleAsync();
        Ok(await AssessmentUseCases.DecideScoresAsync(Db, Ministry, first, Karanganyar, [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, 3m))], Now));
        Ok(await PublishUseCase.PublishAsync(Db, Ministry, first, Now));
        var afterFirst = Ok(await ResultUseCases.LatestAsync(Db, Karanganyar));

        var second = await VerificationCycleAsync();
        Ok(await AssessmentUseCases.DecideScoresAsync(Db, Ministry, second, Karanganyar, [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, 4m))], Now));
        Ok(await AssessmentUseCases.DecideScoresAsync(Db, Ministry, second, Surakarta, [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, 5m))], Now));
        Ok(await PublishUseCase.PublishAsync(Db, Ministry, second, Now));
        var afterSecond = Ok(await ResultUseCases.LatestAsync(Db, Karanganyar));

        Assert.Equal((first, 3m, (1, 1)), (afterFirst.Result!.CycleId, afterFirst.Result.Result.Index.Overall, afterFirst.Rank!.Value));
        Assert.Equal((second, 4m, (2, 2)), (afterSecond.Result!.CycleId, afterSecond.Result.Result.Index.Overall, afterSecond.Rank!.Value));
    }

    [Fact]
    public async Task A_ministry_evaluator_cannot_change_a_regions_self_assessment_and_a_region_cannot_read_another_regions_evaluation()
    {
        var cycle = await OpenCycleAsync(Db);
        Ok(await AssessmentUseCases.SaveSelfAssessmentAsync(Db, Planner, cycle, Karanganyar, [new(Q("BAS-01"), 4m)], Now));

        var byMinistry = await AssessmentUseCases.SaveSelfAssessmentAsync(Db, Ministry, cycle, Karanganyar, [new(Q("BAS-01"), 1m)], Now);
        var byOtherRegion = await AssessmentUseCases.SaveSelfAssessmentAsync(Db, SoloPlanner, cycle, Karanganyar, [new(Q("BAS-01"), 1m)], Now);
        var readByOtherRegion = await AssessmentUseCases.GetAsync(Db, SoloPlanner, cycle, Karanganyar);
        var unpublished = await ResultUseCases.ResultAsync(Db, cycle, Karanganyar);

        Assert.Equal(FailureKind.Forbidden, byMinistry.Error?.Kind);
        Assert.Equal(FailureKind.Forbidden, byOtherRegion.Error?.Kind);
        Assert.Equal(FailureKind.Forbidden, readByOtherRegion.Error?.Kind);
        Assert.Equal(FailureKind.NotFound, unpublished.Error?.Kind);
        Assert.Equal(4m, Assert.Single(Ok(await AssessmentUseCases.GetAsync(Db, Planner, cycle, Karanganyar)).Evaluation.SelfAssessment).Score);
    }

    [Fact]
    public async Task An_override_needs_a_note_an_unconfirmed_prefill_blocks_publishing_and_a_published_cycle_is_frozen()
    {
        var cycle = await VerificationCycleAsync();
        Ok(await AssessmentUseCases.PrefillAsync(Db, Ministry, cycle, Karanganyar, Facts(), Now));

        var noNote = await AssessmentUseCases.DecideScoresAsync(Db, Ministry, cycle, Karanganyar, [new(Q("QW-01"), 2m)], Now);
        Assert.Equal([("KRS007", "decisions[0].note")], noNote.Error!.Diagnostics.Select(d => (d.Code, d.Path)));

        Ok(await AssessmentUseCases.DecideScoresAsync(Db, Ministry, cycle, Karanganyar,
            [.. StarterQuestions.All.Where(q => q.Prefill is null).Select(q => new ScoreDecision(q.Code, 3m))], Now));
        var blocked = await PublishUseCase.PublishAsync(Db, Ministry, cycle, Now);
        Assert.Equal(["KRS137"], blocked.Error!.Diagnostics.Select(d => d.Code).Distinct());

        Ok(await AssessmentUseCases.DecideScoresAsync(Db, Ministry, cycle, Karanganyar,
            [.. StarterQuestions.All.Where(q => q.Prefill is not null).Select(q => new ScoreDecision(q.Code, null, Confirm: true))], Now));
        Ok(await PublishUseCase.PublishAsync(Db, Ministry, cycle, Now));
        var late = await AssessmentUseCases.DecideScoresAsync(Db, Ministry, cycle, Karanganyar, [new(Q("BAS-01"), 5m)], Now);

        Assert.Equal([("KRS135", "state")], late.Error!.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Equal(3m, Ok(await AssessmentUseCases.GetAsync(Db, Ministry, cycle, Karanganyar)).Evaluation.ScoreOf(Q("BAS-01"))!.Score);
    }

    [Fact]
    public async Task The_published_report_of_a_region_is_written_as_docx()
    {
        var cycle = await VerificationCycleAsync();
        Ok(await AssessmentUseCases.DecideScoresAsync(Db, Ministry, cycle, Karanganyar, [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, 4m))], Now));
        Ok(await PublishUseCase.PublishAsync(Db, Ministry, cycle, Now));
        var path = Path.Combine(_folder, "laporan.docx");

        var written = Ok(await ReportUseCase.WriteAsync(Db, new EvaluationReportRequest(cycle, Karanganyar, BookFormat.Docx, path)));

        var bytes = await File.ReadAllBytesAsync(written.Path);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var missing = await ReportUseCase.WriteAsync(Db, new EvaluationReportRequest(cycle, Surakarta, BookFormat.Docx, path));
        Assert.Equal(FailureKind.NotFound, missing.Error?.Kind);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
