using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Cli.Tests;

/// <summary><c>karsa evaluate</c> on a cycle seeded through the use cases (starter questions, weights 10/20/30/30/10, scale 1-5).</summary>
public sealed class EvaluateCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly RegionCode Karanganyar = new("33.13");
    private static readonly Actor Ministry = new("penilai", Role.MinistryEvaluator, null, null);
    private static readonly Actor Planner = new("perencana", Role.Planner, Karanganyar, null);

    [Fact]
    public async Task A_provisional_index_counts_the_self_assessment_and_says_so_and_the_published_one_is_reported_and_ranked()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        var cycle = await OpenCycleAsync(db);
        Ok(await AssessmentUseCases.SaveSelfAssessmentAsync(db, Planner, cycle, Karanganyar, [new(new QuestionCode("BAS-01"), 4m)], Now));

        var provisional = await CliRunner.RunAtWidthAsync(160, "evaluate", "score", $"{cycle}", "33.13", "--db", db, "--lang", "en");
        await PublishAllAtAsync(db, cycle, 4m);
        var published = await CliRunner.RunAsync("evaluate", "score", $"{cycle}", "33.13", "--db", db);
        var report = folder.File("laporan.docx");
        var written = await CliRunner.RunAsync("evaluate", "report", $"{cycle}", "33.13", "--out", report, "--db", db);
        var csv = await CliRunner.RunAsync("evaluate", "ranking", $"{cycle}", "--db", db, "--lang", "en");
        var xlsx = folder.File("peringkat.xlsx");
        var workbook = await CliRunner.RunAsync("evaluate", "ranking", $"{cycle}", "--format", "xlsx", "--out", xlsx, "--db", db);

        Assert.True(provisional.Exit == ExitCodes.Ok, provisional.Error);
        Assert.Contains("PROVISIONAL INDEX, not published", provisional.Out, StringComparison.Ordinal);
        // Baseline (4 + 1) / 2 = 2,5, every other dimension the scale's minimum 1: (10 x 2,5 + 90 x 1) / 100 = 1,15.
        Assert.Contains("Overall index (provisional): 1,15 (scale 1-5)", provisional.Out, StringComparison.Ordinal);
        Assert.Contains("Of 8 questions: 0 verified, 0 prefilled not yet confirmed, 1 self-assessed, 7 unanswered", provisional.Out, StringComparison.Ordinal);
        Assert.Contains("2,50", provisional.Out, StringComparison.Ordinal);
        Assert.Contains("1 self-assessed, 1 unanswered", provisional.Out, StringComparison.Ordinal);
        Assert.True(published.Exit == ExitCodes.Ok, published.Error);
        Assert.Contains("Hasil terbit (skor terverifikasi).", published.Out, StringComparison.Ordinal);
        Assert.Contains("Indeks keseluruhan: 4,00 (skala 1-5)", published.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("sementara", published.Out, StringComparison.Ordinal);
        Assert.True(written.Exit == ExitCodes.Ok, written.Error);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(report))[..2]);
        Assert.True(csv.Exit == ExitCodes.Ok, csv.Error);
        Assert.Contains("33.13", csv.Out, StringComparison.Ordinal);
        Assert.True(workbook.Exit == ExitCodes.Ok, workbook.Error);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(xlsx))[..2]);
    }

    [Fact]
    public async Task An_unknown_cycle_a_region_without_scores_and_an_unpublished_report_are_not_found()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        var cycle = await OpenCycleAsync(db);

        var noCycle = await CliRunner.RunAsync("evaluate", "score", "99", "33.13", "--db", db, "--lang", "en");
        var noScores = await CliRunner.RunAsync("evaluate", "score", $"{cycle}", "33.72", "--db", db, "--lang", "en");
        var noReport = await CliRunner.RunAsync("evaluate", "report", $"{cycle}", "33.13", "--out", folder.File("r.docx"), "--db", db, "--lang", "en");
        var notANumber = await CliRunner.RunAsync("evaluate", "score", "satu", "33.13", "--db", db);

        Assert.Equal(ExitCodes.NotFound, noCycle.Exit);
        Assert.Contains("There is no evaluation cycle 99", noCycle.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, noScores.Exit);
        Assert.Contains("Region 33.72 has no self-assessment", noScores.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, noReport.Exit);
        Assert.Contains("has published no result for region 33.13", noReport.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("r.docx")));
        Assert.Equal(ExitCodes.Usage, notANumber.Exit);
        Assert.Contains("bilangan bulat", notANumber.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "Indeks wilayah per dimensi evaluasi", "Argumen:")]
    [InlineData("en", "The region's index per evaluation dimension", "Arguments:")]
    public async Task Help_speaks_the_chosen_language(string language, string score, string arguments)
    {
        var help = await CliRunner.RunAsync("evaluate", "--help", "--lang", language);
        var scoreHelp = await CliRunner.RunAsync("evaluate", "score", "--help", "--lang", language);

        Assert.Equal(ExitCodes.Ok, help.Exit);
        Assert.Contains("ranking", help.Out, StringComparison.Ordinal);
        Assert.Contains("report", help.Out, StringComparison.Ordinal);
        Assert.Contains(score, scoreHelp.Out, StringComparison.Ordinal);
        Assert.Contains(arguments, scoreHelp.Out, StringComparison.Ordinal);
    }

    private static async Task<long> OpenCycleAsync(string db)
    {
        var created = Ok(await CycleUseCases.CreateAsync(db, Ministry, new NewCycle(new FiscalYear(2025), "Evaluasi 2025", WeightPresets.Balanced.Key), Now));
        Ok(await CycleUseCases.MoveAsync(db, Ministry, created.Id, EvaluationAction.OpenSelfAssessment, Now));
        return created.Id;
    }

    private static async Task PublishAllAtAsync(string db, long cycle, decimal score)
    {
        Ok(await CycleUseCases.MoveAsync(db, Ministry, cycle, EvaluationAction.StartVerification, Now));
        Ok(await AssessmentUseCases.DecideScoresAsync(db, Ministry, cycle, Karanganyar, [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, score))], Now));
        Ok(await PublishUseCase.PublishAsync(db, Ministry, cycle, Now));
    }

    private static T Ok<T>(UseCaseResult<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, result.Error?.Message.English);
        return result.Value;
    }
}
