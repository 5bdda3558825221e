using System.Diagnostics;
using System.Globalization;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Bench;

/// <summary>Plans generated masterplans with the optimizer and the greedy baseline.</summary>
internal static class SyntheticRun
{
    public static int Run(BenchArguments arguments)
    {
        var sizes = arguments.Numbers("sizes", [50, 300, 1000]).Select(s => (int)s).ToList();
        var seconds = arguments.Numbers("seconds", [10, 10, 30]);
        var seed = (int)arguments.Number("seed", 1);
        Console.WriteLine($"# synthetic plans, seed {seed}, {Environment.ProcessorCount} cores, deterministic={arguments.Flag("deterministic")}");
        Console.WriteLine("programmes,seconds_limit,optimizer,bound,gap_to_bound_percent,optimal,solve_seconds,greedy,optimizer_vs_greedy_percent,scheduled,peak_working_set_mib");
        for (var i = 0; i < sizes.Count; i++)
        {
            var limit = seconds[Math.Min(i, seconds.Count - 1)];
            var plan = SyntheticPlans.Generate(sizes[i], seed, overcommitment: arguments.Text("overcommitment") is { } ratio ? double.Parse(ratio, CultureInfo.InvariantCulture) : null);
            var solver = arguments.Solver(limit, arguments.Flag("deterministic"), seed);
            var optimal = new RoadmapPlanner(new PlannerOptions { TimeLimit = solver.TimeLimit, Solver = solver }).Plan(plan).Value;
            var greedy = new RoadmapPlanner(new PlannerOptions { Strategy = PlanningStrategy.Greedy }).Plan(plan).Value;
            var problem = Karsa.Planning.Formulation.ProblemBuilder.Prepare(plan).Problem;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# LP bound with quick wins {CpSatSolver.RelaxationBound(problem) / problem.ValueScale:0.####}, without {CpSatSolver.RelaxationBound(problem, false) / problem.ValueScale:0.####}"));
            var gap = 100 * (optimal.Gap ?? double.NaN);
            var versus = 100 * (optimal.Objective - greedy.Objective) / greedy.Objective;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sizes[i]},{limit},{optimal.Objective:0.####},{optimal.Bound:0.####},{gap:0.000},{optimal.ProvenOptimal},{optimal.SolveTime.TotalSeconds:0.0},{greedy.Objective:0.####},{versus:+0.0;-0.0},{optimal.Scheduled.Count()},{peak}"));
        }

        return 0;
    }
}
