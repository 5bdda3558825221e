using Karsa.Planning.Benchmarks;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

public class NeighbourhoodSearchTests
{
    private static readonly SolverSettings Settings = new() { TimeLimit = TimeSpan.FromSeconds(60), Workers = 2, Seed = 3, Deterministic = true };

    /// <summary>
    /// On plans small enough for one step to free every item, the search must end proven optimal at the
    /// value a whole-problem CP-SAT run proves.
    /// </summary>
    [Fact]
    public void On_small_plans_the_search_proves_the_optimum_of_a_whole_problem_run()
    {
        var compared = RandomPlans.CheckSolved(Settings, 60, (seed, problem, greedy, whole) =>
        {
            var (search, found, _) = Improve(problem, greedy, deterministicBudget: 5);
            Assert.True(search.ProvenOptimal, $"seed {seed}: not proven");
            Assert.Equal(whole.Objective, found.Value(problem));
            Assert.Empty(ScheduleCheck.Violations(problem, found));
        });

        Assert.True(compared > 20, $"only {compared} plans compared");
    }

    /// <summary>
    /// On a 60-programme plan (neighbourhoods smaller than the plan), every schedule the search reports is
    /// feasible and better than the last, and the same seed gives the same schedule.
    /// </summary>
    [Fact]
    public void Search_only_reports_feasible_improvements_and_repeats_for_the_same_seed()
    {
        var problem = ProblemBuilder.Prepare(SyntheticPlans.Generate(60, 2)).Problem;
        var start = GreedyScheduler.Schedule(problem);
        Assert.Empty(ScheduleCheck.Violations(problem, start));

        var (_, found, offered) = Improve(problem, start, deterministicBudget: 1.5);
        var again = Improve(problem, start, deterministicBudget: 1.5).Found;

        var values = offered.Select(s => s.Value(problem)).Prepend(start.Value(problem)).ToList();
        Assert.All(offered, s => Assert.Empty(ScheduleCheck.Violations(problem, s)));
        Assert.True(values.Zip(values.Skip(1)).All(pair => pair.Second > pair.First), string.Join(" ", values));
        Assert.True(found.Value(problem) > start.Value(problem), "no improvement on the greedy schedule");
        Assert.Equal(found.Starts, again.Starts);
    }

    private static (NeighbourhoodSearch Search, Schedule Found, List<Schedule> Offered) Improve(PlanningProblem problem, Schedule start, double deterministicBudget)
    {
        var form = new LinearForm(problem, requireQuickWins: false);
        var lp = LinearRelaxation.Solve(form);
        var search = new NeighbourhoodSearch(problem, form, lp.Cuts, new Neighbourhoods(problem, form, lp.Solved ? lp.Primal : null), Settings);
        var offered = new List<Schedule>();
        var found = search.Improve(start, () => 60, deterministicBudget, offered.Add, CancellationToken.None);
        return (search, found, offered);
    }
}
