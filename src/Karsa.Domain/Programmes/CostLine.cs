using Karsa.Domain.Primitives;

namespace Karsa.Domain.Programmes;

/// <summary>
/// What a programme costs in one fiscal year from one funding source, for a run that starts in the
/// programme's earliest start year. Invariant: the amount is whole, non-negative Rupiah.
/// </summary>
public sealed record CostLine
{
    /// <summary>Creates a cost line.</summary>
    public CostLine(FiscalYear year, FundingSource source, Rupiah amount)
    {
        Year = year;
        Source = source;
        Amount = Rupiah.NonNegative(amount.Value, "cost");
    }

    /// <summary>The fiscal year of the spending, for a run starting at the anchor year.</summary>
    public FiscalYear Year { get; }

    /// <summary>The funding source.</summary>
    public FundingSource Source { get; }

    /// <summary>The amount.</summary>
    public Rupiah Amount { get; }
}

/// <summary>A finish-to-start dependency: this programme starts at least <c>LagYears</c> after the other ends.</summary>
public sealed record Dependency
{
    /// <summary>Creates a dependency; the lag is 0 to 20 years.</summary>
    public Dependency(ProgrammeCode programme, int lagYears = 0)
    {
        if (lagYears is < 0 or > 20)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.OutOfRange(new Primitives.LocalizedText("jeda", "lag"), lagYears.ToString(System.Globalization.CultureInfo.InvariantCulture), "0..20").Under("lag"));
        }

        (Programme, LagYears) = (programme, lagYears);
    }

    /// <summary>The programme that must finish first.</summary>
    public ProgrammeCode Programme { get; }

    /// <summary>Whole years between its last year and this programme's start, beyond the next year.</summary>
    public int LagYears { get; }
}

/// <summary>A programme's score on one criterion of the plan.</summary>
public sealed record CriterionScore(CriterionCode Criterion, decimal Score);
