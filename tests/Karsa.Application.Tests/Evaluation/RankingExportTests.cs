using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Application.Tests.Evaluation;

/// <summary>Two published years of two regions: the ranking's year-over-year change and its CSV and XLSX exports.</summary>
public sealed class RankingExportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor Ministry = new("penilai", Role.MinistryEvaluator, null, null);

    private readonly string _folder = Directory.CreateTempSubdirectory("karsa-rank-").FullName;

    private string Db => Path.Combine(_folder, "karsa.db");

    private async Task<long> PublishAsync(int year, IReadOnlyDictionary<string, decimal> scores)
    {
        var created = await CycleUseCases.CreateAsync(Db, Ministry, new NewCycle(new FiscalYear(year), $"Evaluasi {year}", WeightPresets.Balanced.Key), Now);
        var id = created.Value!.Id;
        await CycleUseCases.MoveAsync(Db, Ministry, id, EvaluationAction.OpenSelfAssessment, Now);
        await CycleUseCases.MoveAsync(Db, Ministry, id, EvaluationAction.StartVerification, Now);
        foreach (var (region, score) in scores)
        {
            await AssessmentUseCases.DecideScoresAsync(Db, Ministry, id, new RegionCode(region), [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, score))], Now);
        }

        var published = await PublishUseCase.PublishAsync(Db, Ministry, id, Now);
        Assert.True(published.Succeeded, published.Error?.Message.English);
        return id;
    }

    [Fact]
    public async Task The_ranking_shows_each_regions_change_since_last_year_and_exports_it_to_csv_and_xlsx()
    {
        await PublishAsync(2024, new Dictionary<string, decimal> { ["33.13"] = 3m, ["33.72"] = 4m });
        var cycle = await PublishAsync(2025, new Dictionary<string, decimal> { ["33.13"] = 4.5m, ["33.72"] = 3.25m, ["35.07"] = 2m });

        var view = (await NationalEvaluationUseCases.RankingAsync(Db, Ministry, cycle, null, null)).Value!;
        Assert.Equal(new FiscalYear(2024), view.PreviousYear);
        Assert.Equal([("33.13", 1.5m, (int?)1), ("33.72", -0.75m, (int?)-1), ("35.07", (decimal?)null, (int?)null)],
            view.Lines.Select(l => (l.Entry.Result.Region.Value, l.Change?.Overall, l.Change?.RankChange)));

        var csv = (await RankingExport.ExportAsync(Db, Ministry, cycle, "33", null, RankingFormat.Csv, Language.English)).Value!;
        var text = new StreamReader(new MemoryStream(csv.Content)).ReadToEnd();
        Assert.Equal(
            "Rank,Region code,Region,Overall index,Baseline,Output,Outcome,Impact,Quick win,Change since previous year,Places climbed\r\n" +
            "1,33.13,33.13,4.50,4.50,4.50,4.50,4.50,4.50,1.50,1\r\n" +
            "2,33.72,33.72,3.25,3.25,3.25,3.25,3.25,3.25,-0.75,-1\r\n", text);
        Assert.Equal("evaluation-ranking-2025.csv", csv.FileName);

        var xlsx = (await RankingExport.ExportAsync(Db, Ministry, cycle, null, null, RankingFormat.Xlsx, Language.Indonesian)).Value!;
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx.Content), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(4, rows.Count);
        var last = rows[3].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["3", "35.07", "35.07"], last[..3]);
        Assert.Equal((2m, 9), (decimal.Parse(last[3], System.Globalization.CultureInfo.InvariantCulture), last.Count));
        Assert.Equal("peringkat-evaluasi-2025.xlsx", xlsx.FileName);
    }

    [Fact]
    public async Task Only_national_roles_get_the_ranking()
    {
        var cycle = await PublishAsync(2025, new Dictionary<string, decimal> { ["33.13"] = 4m });
        var planner = new Actor("perencana", Role.Planner, new RegionCode("33.13"), null);

        Assert.Equal(FailureKind.Forbidden, (await RankingExport.ExportAsync(Db, planner, cycle, null, null, RankingFormat.Csv, Language.Indonesian)).Error?.Kind);
        Assert.Equal(FailureKind.Forbidden, (await NationalEvaluationUseCases.RankingAsync(Db, null, cycle, null, null)).Error?.Kind);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
