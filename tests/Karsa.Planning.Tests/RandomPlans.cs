using CsCheck;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

/// <summary>Small random plans (at most 7 programmes, 3 to 4 years) for property tests.</summary>
internal static class RandomPlans
{
    /// <summary>
    /// Runs <paramref name="check"/> on random plans whose greedy schedule is feasible and whose
    /// whole-problem CP-SAT run (<paramref name="settings"/>, no quick-win rows) proves an optimum; returns
    /// how many plans were checked.
    /// </summary>
    public static int CheckSolved(SolverSettings settings, int iterations, Action<int, PlanningProblem, Schedule, SolveResult> check)
    {
        var checkedPlans = 0;
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            if (Make(seed) is not { } plan)
            {
                return;
            }

            var problem = ProblemBuilder.Prepare(plan).Problem;
            var greedy = GreedyScheduler.Schedule(problem);
            var optimal = CpSatSolver.Solve(problem, settings, requireQuickWins: false);
            if (optimal.Status != SolveStatus.Optimal || ScheduleCheck.Violations(problem, greedy).Count > 0)
            {
                return;
            }

            check(seed, problem, greedy, optimal);
            Interlocked.Increment(ref checkedPlans);
        }, iter: iterations, threads: 1);
        return checkedPlans;
    }

    public static Masterplan? Make(int seed)
    {
        var random = new Random(seed);
        var years = random.Next(3, 5);
        var count = random.Next(2, 8);
        var programmes = new List<Programme>();
        for (var i = 0; i < count; i++)
        {
            var duration = random.Next(1, 3);
            var latestFit = 2025 + years - duration;
            int? earliest = random.Next(4) == 0 ? random.Next(2025, latestFit + 1) : null;
            int? latest = random.Next(4) == 0 ? random.Next(earliest ?? 2025, latestFit + 1) : null;
            var dependsOn = i > 0 && random.Next(4) == 0 ? new[] { new Dependency(programmes[random.Next(i)].Code, random.Next(0, 2)) } : null;
            programmes.Add(TestPlans.Programme(
                $"P-{i + 1:00}", random.Next(1, 6), [.. Enumerable.Range(0, duration).Select(_ => (long)random.Next(1, 5))],
                dimension: (Dimension)random.Next(3), earliest: earliest, latest: latest,
                mandatory: random.Next(8) == 0, quickWin: random.Next(3) == 0, group: random.Next(5) == 0 ? "alt" : null,
                dependsOn: dependsOn, agency: random.Next(2) == 0 ? "DISKOMINFO" : "BAPPEDA"));
        }

        var ceilings = Enumerable.Range(0, years).Select(_ => (long)random.Next(2, 9)).ToArray();
        try
        {
            return TestPlans.Plan(programmes, ceilings, years, capacity: random.Next(3) == 0 ? random.Next(1, 3) : null);
        }
        catch (DomainException)
        {
            return null; // e.g. two mandatory alternatives: not a plan the model accepts
        }
    }
}
