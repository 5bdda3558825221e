using System.CommandLine;
using Karsa.Application.Benchmarks;
using Karsa.Cli.Output;
using Karsa.Planning.Benchmarks;

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
        mkp.SetAction((parse, cancel) =>
        {
            var header = false;
            var result = RunMkpBenchmark.Run(parse.GetValue(file)!, parse.GetValue(timeLimit), (row, done, total) =>
            {
                if (!header)
                {
                    context.Out.WriteLine(MkpBenchmark.CsvHeader);
                    header = true;
                }

                context.Out.WriteLine(row.ToCsv());
                context.Out.Flush();
                context.Error.Write(context.T($"\rinstans {done}/{total} selesai", $"\rinstance {done}/{total} done"));
            }, cancel);
            context.Error.WriteLine();
            return Task.FromResult(result.Succeeded ? ExitCodes.Ok : UseCaseOutput.Fail(context, result.Error));
        });
        return new Command("bench", context.T("Tolok ukur pengoptimal", "Optimizer benchmarks")) { mkp };
    }
}
