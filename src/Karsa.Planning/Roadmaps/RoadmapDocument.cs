using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;

namespace Karsa.Planning.Roadmaps;

/// <summary>
/// A roadmap as plain data for output (JSON with camelCase names gives the shape
/// <c>{objective, bound, optimal, programmes: [{code, status, startYear, endYear, term, quickWin, reasons}], spend: [{year, source, ceiling, amount}]}</c>).
/// Money is whole Rupiah; reasons are in the requested language.
/// </summary>
/// <param name="Objective">Total value.</param>
/// <param name="Bound">Best bound (null for greedy).</param>
/// <param name="Optimal">Proven optimal.</param>
/// <param name="Strategy">"optimal" or "greedy".</param>
/// <param name="SolveSeconds">Solve time in seconds.</param>
/// <param name="Programmes">One row per programme.</param>
/// <param name="Spend">One row per year and source.</param>
/// <param name="Warnings">Warnings in the requested language.</param>
public sealed record RoadmapDocument(
    double Objective, double? Bound, bool Optimal, string Strategy, double SolveSeconds,
    IReadOnlyList<RoadmapDocument.ProgrammeRow> Programmes, IReadOnlyList<RoadmapDocument.SpendRow> Spend, IReadOnlyList<string> Warnings)
{
    /// <summary>The document of <paramref name="roadmap"/> in <paramref name="language"/>.</summary>
    public static RoadmapDocument From(Roadmap roadmap, Language language = Language.Indonesian)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        return new RoadmapDocument(
            Math.Round(roadmap.Objective, 4),
            roadmap.Bound is { } b ? Math.Round(b, 4) : null,
            roadmap.ProvenOptimal,
            roadmap.Strategy == PlanningStrategy.Greedy ? "greedy" : "optimal",
            Math.Round(roadmap.SolveTime.TotalSeconds, 3),
            [.. roadmap.Programmes.Select(e => new ProgrammeRow(
                e.Code.Value, e.Programme.Name.In(language), e.Status == ProgrammeStatus.Scheduled ? "scheduled" : "excluded",
                e.Start?.Value, e.End?.Value, e.Term is { } t ? t.Key() : null, e.QuickWin,
                Math.Round(e.Score.Score, 4), Math.Round(e.Value, 4), e.ReasonsIn(language)))],
            [.. roadmap.Spend.Select(s => new SpendRow(s.Year.Value, s.Source.Key, s.Ceiling?.Value, s.Spent.Value))],
            [.. roadmap.Warnings.Select(w => w.In(language))]);
    }

    /// <summary>One programme.</summary>
    /// <param name="Code">Programme code.</param>
    /// <param name="Name">Programme name.</param>
    /// <param name="Status">"scheduled" or "excluded".</param>
    /// <param name="StartYear">First year, when scheduled.</param>
    /// <param name="EndYear">Last year, when scheduled.</param>
    /// <param name="Term">quick-win, short, medium or long, when scheduled.</param>
    /// <param name="QuickWin">True for a quick win.</param>
    /// <param name="Score">Priority score 0..1.</param>
    /// <param name="Value">Value added.</param>
    /// <param name="Reasons">Why it is out or late, and what it would take.</param>
    public sealed record ProgrammeRow(string Code, string Name, string Status, int? StartYear, int? EndYear, string? Term, bool QuickWin, double Score, double Value, IReadOnlyList<string> Reasons);

    /// <summary>Spending of one source in one year.</summary>
    /// <param name="Year">Fiscal year.</param>
    /// <param name="Source">Source key (apbd, apbn, ...).</param>
    /// <param name="Ceiling">Ceiling in Rupiah, null when uncapped.</param>
    /// <param name="Amount">Spent in Rupiah.</param>
    public sealed record SpendRow(int Year, string Source, long? Ceiling, long Amount);
}
