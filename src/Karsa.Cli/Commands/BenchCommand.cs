using System.CommandLine;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Solving;

namespace Karsa.Cli.Commands;

/// <summary>
/// <c>karsa bench mkp FILE [--time-limit SECONDS]</c>: solves OR-Library multidimensional knapsack
/// instances through the roadmap optimizer's own code path and prints CSV
/// <c>instance,value,bound,seconds</c>, each solution checked against its instance first.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.T("Berkas OR-Library (mis. mknapcb4.txt)", "OR-Library file (e.g. mknapcb4.txt)") };
        var timeLimit = new Option<double>("--time-limit") { Description = context.T("Detik per instans", "Seconds per instance"), DefaultValueFactory = _ => 10, HelpName = "SECONDS" };
        var mkp = new Command("mkp", context.T(
            "Knapsack multidimensi (OR-Library) lewat jalur pengoptimal yang sama dengan peta jalan",
            "Multidimensional knapsack (OR-Library) through the same optimizer path as the roadmap"))
        { file, timeLimit };
        mkp.SetAction(parse =>
        {
            var instances = MkpReader.ReadFile(parse.GetValue(file)!);
            var settings = new SolverSettings { TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeLimit)), Deterministic = false };
            context.Out.WriteLine(MkpBenchmark.CsvHeader);
            for (var i = 0; i < instances.Count; i++)
            {
                context.Out.WriteLine(MkpBenchmark.Solve(instances[i], i, settings).ToCsv());
                context.Out.Flush();
                context.Error.Write(context.T($"\rinstans {i + 1}/{instances.Count} selesai", $"\rinstance {i + 1}/{instances.Count} done"));
            }

            context.Error.WriteLine();
            return ExitCodes.Ok;
        });
        return new Command("bench", context.T("Tolok ukur pengoptimal", "Optimizer benchmarks")) { mkp };
    }
}
