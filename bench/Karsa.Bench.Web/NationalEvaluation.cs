using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Bench.Web;

/// <summary>
/// Two evaluation cycles (fiscal years 2024 and 2025, the balanced preset and the starter questionnaire)
/// for the national dataset, through the use cases the app calls: opened, every region's planner saves
/// a self-assessment, the ministry decides every question's verified score, and the cycle is published.
/// A published cycle is skipped, so a second run only measures; a cycle left half-way goes on from its state.
/// </summary>
internal static class NationalEvaluation
{
    private static readonly int[] Years = [2024, 2025];
    private static readonly Actor Ministry = new("bench-kementerian", Role.MinistryEvaluator, null, null);

    /// <summary>Makes sure both cycles are published for <paramref name="regions"/>; returns the id of every cycle, oldest year first.</summary>
    public static async Task<IReadOnlyList<long>> SeedAsync(string database, IReadOnlyList<string> regions)
    {
        var ids = new List<long>();
        foreach (var year in Years)
        {
            var cycles = Ok(await CycleUseCases.ListAsync(database));
            var id = cycles.FirstOrDefault(c => c.Year == year)?.Id
                ?? Ok(await CycleUseCases.CreateAsync(database, Ministry, new NewCycle(new FiscalYear(year), new LocalizedText($"Evaluasi Smart City {year}"),
                    WeightPresets.Balanced.Key), DateTimeOffset.UtcNow)).Id;
            ids.Add(id);
            var state = Ok(await CycleUseCases.GetAsync(database, id)).Cycle.State;
            if (state == CycleState.Published)
            {
                continue;
            }

            var started = DateTime.UtcNow;
            if (state == CycleState.Draft)
            {
                Ok(await CycleUseCases.MoveAsync(database, Ministry, id, EvaluationAction.OpenSelfAssessment, DateTimeOffset.UtcNow));
                state = CycleState.OpenForSelfAssessment;
            }

            if (state == CycleState.OpenForSelfAssessment)
            {
                foreach (var (code, index) in regions.Select((r, i) => (r, i)))
                {
                    var region = new RegionCode(code);
                    var planner = new Actor($"bench-{code}", Role.Planner, region, null);
                    Ok(await AssessmentUseCases.SaveSelfAssessmentAsync(database, planner, id, region,
                        [.. StarterQuestions.All.Select(q => new SelfAssessmentAnswer(q.Code, Score(index, q.Code, year, 0.5m), "Dokumen pendukung terlampir"))],
                        DateTimeOffset.UtcNow));
                }

                Ok(await CycleUseCases.MoveAsync(database, Ministry, id, EvaluationAction.StartVerification, DateTimeOffset.UtcNow));
            }

            foreach (var (code, index) in regions.Select((r, i) => (r, i)))
            {
                Ok(await AssessmentUseCases.DecideScoresAsync(database, Ministry, id, new RegionCode(code),
                    [.. StarterQuestions.All.Select(q => new ScoreDecision(q.Code, Score(index, q.Code, year, 0m)))], DateTimeOffset.UtcNow));
            }

            Ok(await PublishUseCase.PublishAsync(database, Ministry, id, DateTimeOffset.UtcNow));
            Console.WriteLine($"  evaluation {year}: {regions.Count} regions assessed, verified and published in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
        }

        return ids;
    }

    /// <summary>A score on the 1-5 scale that differs by region, question and year (a self-assessment a little higher than the verified one).</summary>
    private static decimal Score(int region, QuestionCode question, int year, decimal optimism) =>
        Math.Min(5m, 1m + (((region * 37) + (question.Value.Length * 11) + question.Value[^1] + (year * 3)) % 300 / 100m) + optimism);

    private static T Ok<T>(UseCaseResult<T> result)
        where T : class =>
        result.Succeeded ? result.Value : throw new InvalidOperationException(result.Error.Message.English + " "
            + string.Join("; ", result.Error.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message.English}")));
}
