using Karsa.Domain.Primitives;

namespace Karsa.Domain.Plans;

/// <summary>
/// The fiscal years a masterplan covers, first to last inclusive (10 years by default).
/// Invariant: <c>First &lt;= Last</c>.
/// </summary>
public sealed record PlanPeriod
{
    /// <summary>Creates a period.</summary>
    public PlanPeriod(FiscalYear first, FiscalYear last)
    {
        if (last < first)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.BadPeriod(first.Value, last.Value).Under("last"));
        }

        (First, Last) = (first, last);
    }

    /// <summary>A period of <paramref name="years"/> years from <paramref name="first"/>.</summary>
    public static PlanPeriod Of(FiscalYear first, int years = 10) => new(first, first.Plus(years - 1));

    /// <summary>First fiscal year.</summary>
    public FiscalYear First { get; }

    /// <summary>Last fiscal year.</summary>
    public FiscalYear Last { get; }

    /// <summary>Number of years.</summary>
    public int Length => Last.Value - First.Value + 1;

    /// <summary>Every year of the period in order.</summary>
    public IEnumerable<FiscalYear> Years => Enumerable.Range(First.Value, Length).Select(y => new FiscalYear(y));

    /// <summary>True when <paramref name="year"/> lies in the period.</summary>
    public bool Contains(FiscalYear year) => year >= First && year <= Last;

    /// <summary>"2022-2031".</summary>
    public override string ToString() => $"{First}-{Last}";
}

/// <summary>The stages of a roadmap.</summary>
public enum Term
{
    /// <summary>Quick win: delivered first, within the quick-win years.</summary>
    QuickWin,

    /// <summary>Short term (jangka pendek).</summary>
    ShortTerm,

    /// <summary>Medium term (jangka menengah).</summary>
    MediumTerm,

    /// <summary>Long term (jangka panjang).</summary>
    LongTerm,
}

/// <summary>
/// Where the terms end, counted in plan years from 1: by default quick wins in year 1, short term
/// years 1-5, medium 6-10, long beyond. Invariant: <c>1 &lt;= QuickWinYears &lt;= ShortTermYears &lt;= MediumTermYears</c>.
/// </summary>
public sealed record TermBoundaries
{
    /// <summary>Creates boundaries.</summary>
    public TermBoundaries(int quickWinYears = 1, int shortTermYears = 5, int mediumTermYears = 10)
    {
        if (quickWinYears < 1 || shortTermYears < quickWinYears || mediumTermYears < shortTermYears)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.BadTerms());
        }

        (QuickWinYears, ShortTermYears, MediumTermYears) = (quickWinYears, shortTermYears, mediumTermYears);
    }

    /// <summary>The framework's defaults: 1, 5, 10.</summary>
    public static TermBoundaries Default { get; } = new();

    /// <summary>Quick wins start within this many first years.</summary>
    public int QuickWinYears { get; }

    /// <summary>The short term ends with this plan year.</summary>
    public int ShortTermYears { get; }

    /// <summary>The medium term ends with this plan year.</summary>
    public int MediumTermYears { get; }

    /// <summary>The term of a programme starting in plan year <paramref name="planYear"/> (1-based), quick wins aside.</summary>
    public Term TermOf(int planYear) =>
        planYear <= ShortTermYears ? Term.ShortTerm : planYear <= MediumTermYears ? Term.MediumTerm : Term.LongTerm;
}
