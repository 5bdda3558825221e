using Karsa.Documents;
using Karsa.Domain.Primitives;
using Karsa.Planning.Solving;

namespace Karsa.Cli.Output;

/// <summary>Status lines for the progress reports of the planner and the book.</summary>
internal static class Progresses
{
    public static string Solver(CliContext context, SolverProgress p) => context.T(
        $"Menyusun peta jalan: nilai {N(p.Objective)}, batas {N(p.Bound)}, selisih {N(p.Gap * 100)}% ({N(p.Elapsed.TotalSeconds)} d)",
        $"Planning the roadmap: value {N(p.Objective)}, bound {N(p.Bound)}, gap {N(p.Gap * 100)}% ({N(p.Elapsed.TotalSeconds)} s)");

    public static string Book(CliContext context, BookProgress p) => context.T(
        $"Menulis buku: {p.Step}/{p.Total} {p.Stage}", $"Writing the book: {p.Step}/{p.Total} {p.Stage}");

    public static T Solving<T>(CliContext context, Func<IProgress<SolverProgress>?, T> work) =>
        StatusDisplay.Run(context, context.T("Menyusun peta jalan...", "Planning the roadmap..."), (SolverProgress p) => Solver(context, p), work);

    private static string N(double value) => IndonesianNumbers.FormatDecimal((decimal)value, 1);
}
