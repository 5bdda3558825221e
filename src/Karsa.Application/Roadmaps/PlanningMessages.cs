using Karsa.Domain.Primitives;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Application.Roadmaps;

/// <summary>The progress reports of planning, as use-case progress in both languages.</summary>
internal static class PlanningMessages
{
    public static IProgress<SolverProgress>? Solver(IProgress<UseCaseProgress>? progress) => progress is null ? null : new Forward<SolverProgress>(p =>
        progress.Report(new UseCaseProgress("solving", new LocalizedText(
            $"Menyusun peta jalan: nilai {N(p.Objective)}, batas {N(p.Bound)}, selisih {N(p.Gap * 100)}% ({N(p.Elapsed.TotalSeconds)} d)",
            $"Planning the roadmap: value {N(p.Objective)}, bound {N(p.Bound)}, gap {N(p.Gap * 100)}% ({N(p.Elapsed.TotalSeconds)} s)"))));

    public static IProgress<WhatIfProgress>? WhatIf(IProgress<UseCaseProgress>? progress) => progress is null ? null : new Forward<WhatIfProgress>(p =>
        progress.Report(new UseCaseProgress("what-if", new LocalizedText(
            $"Menghitung apa yang dibutuhkan agar program masuk: {p.Done + 1} dari {p.Total} ({p.Code})",
            $"Working out what it would take to bring programmes in: {p.Done + 1} of {p.Total} ({p.Code})"),
            p.Total == 0 ? null : (double)p.Done / p.Total)));

    private static string N(double value) => IndonesianNumbers.FormatDecimal((decimal)value, 1);

    /// <summary>Passes each report on at once, in order, on the reporting thread.</summary>
    private sealed class Forward<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
