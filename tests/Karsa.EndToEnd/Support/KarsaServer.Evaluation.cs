using Karsa.Application.Access;
using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.EndToEnd.Support;

/// <summary>A published evaluation cycle for the pages that show one (the ranking, the public result).</summary>
public sealed partial class KarsaServer
{
    /// <summary>Publishes a cycle of <paramref name="year"/> scoring the sample's region and two others (every question one score); returns its id.</summary>
    public async Task<long> PublishEvaluationAsync(int year = 2025)
    {
        var (ministry, now) = (new Actor("penilai", Role.MinistryEvaluator, null, null), DateTimeOffset.UtcNow);
        var cycle = Ok(await CycleUseCases.CreateAsync(database.Db, ministry, new NewCycle(new FiscalYear(year), $"Evaluasi {year}", WeightPresets.Balanced.Key), now)).Id;
        Ok(await CycleUseCases.MoveAsync(database.Db, ministry, cycle, EvaluationAction.OpenSelfAssessment, now));
        Ok(await CycleUseCases.MoveAsync(database.Db, ministry, cycle, EvaluationAction.StartVerification, now));
        foreach (var (region, score) in new[] { (Region, 3.4m), ("33.72", 4.1m), ("35.07", 2.2m) })
        {
            Ok(await AssessmentUseCases.DecideScoresAsync(database.Db, ministry, cycle, new RegionCode(region), [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, score))], now));
            Ok(await AssessmentUseCases.SaveFindingsAsync(database.Db, ministry, cycle, new RegionCode(region),
                [new(FindingKind.Strength, "Peraturan bupati tentang masterplan sudah terbit"), new(FindingKind.Recommendation, "Laporkan kemajuan setiap triwulan")], now));
        }

        Ok(await PublishUseCase.PublishAsync(database.Db, ministry, cycle, now));
        return cycle;
    }

    private static T Ok<T>(Karsa.Application.Common.UseCaseResult<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, result.Error?.Message.English);
        return result.Value;
    }
}
