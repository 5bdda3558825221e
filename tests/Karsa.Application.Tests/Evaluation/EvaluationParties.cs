using Karsa.Application.Access;
using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Application.Tests.Evaluation;

/// <summary>Who takes part in the evaluation tests, when, and a cycle opened for self-assessment.</summary>
internal static class EvaluationParties
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly RegionCode Karanganyar = new("33.13");
    public static readonly RegionCode Surakarta = new("33.72");
    public static readonly Actor Ministry = new("penilai", Role.MinistryEvaluator, null, null);
    public static readonly Actor Planner = new("perencana", Role.Planner, Karanganyar, null);
    public static readonly Actor SoloPlanner = new("perencana-solo", Role.Planner, Surakarta, null);

    /// <summary>A 2025 cycle on the balanced preset, open for self-assessment, in <paramref name="database"/>; its id.</summary>
    public static async Task<long> OpenCycleAsync(string database)
    {
        var created = await CycleUseCases.CreateAsync(database, Ministry, new NewCycle(new FiscalYear(2025), "Evaluasi 2025", WeightPresets.Balanced.Key), Now);
        Assert.True(created.Succeeded, created.Error?.Message.English);
        Assert.True((await CycleUseCases.MoveAsync(database, Ministry, created.Value.Id, EvaluationAction.OpenSelfAssessment, Now)).Succeeded);
        return created.Value.Id;
    }
}
