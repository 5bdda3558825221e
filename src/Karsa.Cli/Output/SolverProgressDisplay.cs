using Karsa.Domain.Primitives;
using Karsa.Planning.Solving;
using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>
/// Shows a long solve on stderr: a spinner with the best value, the bound and the gap, updated as
/// incumbents improve. Silent when stderr is not a terminal, so pipes and logs stay clean.
/// </summary>
internal static class SolverProgressDisplay
{
    public static T Run<T>(CliContext context, Func<IProgress<SolverProgress>?, T> solve)
    {
        if (Console.IsErrorRedirected || context.Error != Console.Error)
        {
            return solve(null);
        }

        var console = Terminal.For(context.Error, isError: true);
        T result = default!;
        console.Status().Spinner(Spinner.Known.Dots).Start(context.T("Menyusun peta jalan...", "Planning the roadmap..."), status =>
        {
            var progress = new Progress<SolverProgress>(p => status.Status(context.T(
                $"Menyusun peta jalan: nilai {IndonesianNumbers.FormatDecimal((decimal)p.Objective)}, batas {IndonesianNumbers.FormatDecimal((decimal)p.Bound)}, selisih {IndonesianNumbers.FormatDecimal((decimal)(p.Gap * 100))}% ({IndonesianNumbers.FormatDecimal((decimal)p.Elapsed.TotalSeconds, 1)} d)",
                $"Planning the roadmap: value {IndonesianNumbers.FormatDecimal((decimal)p.Objective)}, bound {IndonesianNumbers.FormatDecimal((decimal)p.Bound)}, gap {IndonesianNumbers.FormatDecimal((decimal)(p.Gap * 100))}% ({p.Elapsed.TotalSeconds:0.0} s)")));
            result = solve(progress);
        });
        return result;
    }
}
