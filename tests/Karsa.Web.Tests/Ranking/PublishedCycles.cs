using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Web.Tests.Ranking;

/// <summary>Evaluation cycles for the page tests, run through the same use cases as the app: every question of a region gets one score, so each index equals it.</summary>
internal static class PublishedCycles
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor Ministry = new("penilai", Role.MinistryEvaluator, null, null);

    /// <summary>A cycle of <paramref name="year"/> in verification with every region of <paramref name="scores"/> scored, and a strength and a recommendation for each.</summary>
    public static async Task<long> VerifiedAsync(string database, int year, IReadOnlyDictionary<string, decimal> scores)
    {
        var created = Ok(await CycleUseCases.CreateAsync(database, Ministry, new NewCycle(new FiscalYear(year), $"Evaluasi {year}", WeightPresets.Balanced.Key), Now));
        Ok(await CycleUseCases.MoveAsync(database, Ministry, created.Id, EvaluationAction.OpenSelfAssessment, Now));
        Ok(await CycleUseCases.MoveAsync(database, Ministry, created.Id, EvaluationAction.StartVerification, Now));
        foreach (var (region, score) in scores)
        {
            var code = new RegionCode(region);
            Ok(await AssessmentUseCases.DecideScoresAsync(database, Ministry, created.Id, code, [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, score))], Now));
            Ok(await AssessmentUseCases.SaveFindingsAsync(database, Ministry, created.Id, code,
                [new(FindingKind.Strength, $"Kekuatan {region}"), new(FindingKind.Recommendation, $"Rekomendasi {region}")], Now));
        }

        return created.Id;
    }

    /// <summary>A published cycle of <paramref name="year"/> with these regions' scores.</summary>
    public static async Task<long> PublishedAsync(string database, int year, IReadOnlyDictionary<string, decimal> scores)
    {
        var cycle = await VerifiedAsync(database, year, scores);
        Ok(await PublishUseCase.PublishAsync(database, Ministry, cycle, Now));
        return cycle;
    }

    private static T Ok<T>(UseCaseResult<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, result.Error?.Message.English);
        return result.Value;
    }
}
