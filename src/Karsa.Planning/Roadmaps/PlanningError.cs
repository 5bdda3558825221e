using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Planning.Roadmaps;

/// <summary>Why no roadmap could be made.</summary>
public enum PlanningErrorKind
{
    /// <summary>The mandatory programmes cannot all fit (budget, capacity, windows, dependencies, alternatives).</summary>
    Infeasible,

    /// <summary>The time limit passed before any roadmap was found.</summary>
    TimedOut,
}

/// <summary>A source-year whose ceiling the mandatory programmes exceed.</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="Source">The funding source.</param>
/// <param name="Needed">What the mandatory programmes need there (best arrangement found).</param>
/// <param name="Ceiling">The ceiling.</param>
/// <param name="Programmes">The mandatory programmes spending there.</param>
public sealed record BudgetShortfall(FiscalYear Year, FundingSource Source, Rupiah Needed, Rupiah Ceiling, IReadOnlyList<ProgrammeCode> Programmes)
{
    /// <summary>How much is missing.</summary>
    public Rupiah Shortfall => Needed - Ceiling;
}

/// <summary>
/// A typed, explained planning failure: which programmes conflict, in which years, and by how much.
/// Returned (not thrown) by the planner.
/// </summary>
public sealed record PlanningError
{
    /// <summary>What went wrong.</summary>
    public required PlanningErrorKind Kind { get; init; }

    /// <summary>The programmes in conflict.</summary>
    public required IReadOnlyList<ProgrammeCode> Programmes { get; init; }

    /// <summary>Budget shortfalls per source-year.</summary>
    public IReadOnlyList<BudgetShortfall> Shortfalls { get; init; } = [];

    /// <summary>Every conflict in plain words (windows, dependencies, alternatives, capacity, budget).</summary>
    public required IReadOnlyList<LocalizedText> Conflicts { get; init; }

    /// <summary>The whole message, one conflict per line, after a headline.</summary>
    public string Message(Language language)
    {
        var head = Kind == PlanningErrorKind.Infeasible
            ? (language == Language.English
                ? $"No roadmap is possible: the mandatory programmes cannot all fit ({string.Join(", ", Programmes)})."
                : $"Peta jalan tidak mungkin disusun: program wajib tidak dapat dimuat bersamaan ({string.Join(", ", Programmes)}).")
            : (language == Language.English
                ? "No roadmap was found within the time limit; allow more time (--time-limit)."
                : "Tidak ada peta jalan yang ditemukan dalam batas waktu; beri waktu lebih (--time-limit).");
        return string.Join(Environment.NewLine, [head, .. Conflicts.Select(c => "- " + c.In(language))]);
    }
}

/// <summary>A roadmap, or the reason there is none.</summary>
/// <param name="Roadmap">The roadmap when planning succeeded.</param>
/// <param name="Error">The error when it did not.</param>
public sealed record PlanningOutcome(Roadmap? Roadmap, PlanningError? Error)
{
    /// <summary>True when there is a roadmap.</summary>
    public bool Succeeded => Roadmap is not null;

    /// <summary>The roadmap, or an <see cref="InvalidOperationException"/> with the error message (for tests and tools).</summary>
    public Roadmap Value => Roadmap ?? throw new InvalidOperationException(Error?.Message(Language.English));
}
