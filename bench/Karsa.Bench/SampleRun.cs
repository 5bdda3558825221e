using System.Globalization;
using Karsa.Interchange;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Bench;

/// <summary>Plans a masterplan file with the optimizer, as `karsa roadmap` does, and reports value, bound, gap and time.</summary>
internal static class SampleRun
{
    public static int Run(BenchArguments arguments)
    {
        var path = arguments.Positional(1) ?? throw new ArgumentException("sample needs a FILE");
        var read = PlanReader.ReadFile(path);
        if (read.Plan is not { } plan)
        {
            foreach (var error in read.Errors)
            {
                Console.Error.WriteLine(error);
            }

            return 1;
        }

        var solver = arguments.Solver(arguments.Number("seconds", 10), !arguments.Flag("portfolio"));
        var content = plan.Content;
        var demand = content.Programmes.SelectMany(p => p.Costs).Sum(c => (double)c.Amount.Value);
        var ceilings = content.Ceilings.Sum(c => (double)c.Amount.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# {Path.GetFileName(path)}: {content.Programmes.Count} programmes, {content.Period.Length} years, demand / ceilings {demand / ceilings:0.00}, deterministic={solver.Deterministic}, {Environment.ProcessorCount} cores"));
        Console.WriteLine("value,bound,gap_percent,proven,seconds,scheduled");
        var outcome = new RoadmapPlanner(new PlannerOptions { TimeLimit = solver.TimeLimit, Solver = solver }).Plan(plan);
        if (outcome.Roadmap is not { } roadmap)
        {
            Console.WriteLine($"# no roadmap: {outcome.Error!.Kind}");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{roadmap.Objective:0.####},{roadmap.Bound:0.####},{100 * (roadmap.Gap ?? double.NaN):0.000},{roadmap.ProvenOptimal},{roadmap.SolveTime.TotalSeconds:0.00},{roadmap.Scheduled.Count()}"));
        return 0;
    }
}
