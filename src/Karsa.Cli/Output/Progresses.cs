using Karsa.Documents;
using Karsa.Domain.Primitives;
using Karsa.Planning.Roadmaps;
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

    public static string WhatIf(CliContext context, WhatIfProgress p) => context.T(
        $"Menghitung apa yang dibutuhkan agar program masuk: {p.Done + 1} dari {p.Total} ({p.Code})",
        $"Working out what it would take to bring programmes in: {p.Done + 1} of {p.Total} ({p.Code})");

    /// <summary>Runs <paramref name="work"/> (planning) under one status line fed by the solver's and the "what it would take" re-solves' progress.</summary>
    public static T Solving<T>(CliContext context, Func<PlanningProgress, T> work) =>
        StatusDisplay.Run(context, context.T("Menyusun peta jalan...", "Planning the roadmap..."), (string line) => line, lines => work(new PlanningProgress(
            lines is null ? null : new ImmediateProgress<SolverProgress>(p => lines.Report(Solver(context, p))),
            lines is null ? null : new ImmediateProgress<WhatIfProgress>(p => lines.Report(WhatIf(context, p))))));

    /// <summary>Where a planning run sends its progress: the solve itself and the "what it would take" re-solves.</summary>
    public sealed record PlanningProgress(IProgress<SolverProgress>? Solver, IProgress<WhatIfProgress>? WhatIf);

    private static string N(double value) => IndonesianNumbers.FormatDecimal((decimal)value, 1);
}
