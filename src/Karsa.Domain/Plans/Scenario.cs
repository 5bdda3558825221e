using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Plans;

/// <summary>
/// Scales budget ceilings by a factor (e.g. 0.8 for a 20% cut), for one source or all, in a range of
/// years or all. Scaled amounts are rounded down to whole Rupiah. Invariant: factor 0..100.
/// </summary>
public sealed record CeilingScale
{
    /// <summary>Creates a scaling.</summary>
    public CeilingScale(decimal factor, FundingSource? source = null, FiscalYear? from = null, FiscalYear? to = null)
    {
        if (factor is < 0 or > 100)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.OutOfRange(new Primitives.LocalizedText("faktor", "factor"), factor.ToString(System.Globalization.CultureInfo.InvariantCulture), "0..100").Under("factor"));
        }

        (Factor, Source, From, To) = (factor, source, from, to);
    }

    /// <summary>The multiplier.</summary>
    public decimal Factor { get; }

    /// <summary>The source scaled; all when null.</summary>
    public FundingSource? Source { get; }

    /// <summary>First year scaled; the plan's first when null.</summary>
    public FiscalYear? From { get; }

    /// <summary>Last year scaled; the plan's last when null.</summary>
    public FiscalYear? To { get; }

    /// <summary>True when this scaling applies to <paramref name="year"/> and <paramref name="source"/>.</summary>
    public bool Applies(FiscalYear year, FundingSource source) =>
        (Source is null || Source == source) && (From is null || year >= From) && (To is null || year <= To);

    /// <summary>The scaled amount, rounded down to whole Rupiah.</summary>
    public Rupiah Scale(Rupiah amount) => new((long)decimal.Floor(amount.Value * Factor));
}

/// <summary>A criterion weight a scenario sets.</summary>
public sealed record CriterionWeight(CriterionCode Criterion, decimal Weight);

/// <summary>
/// A named "what if": changes to the plan's budget, programmes, weights or horizon. Applying it to a
/// plan gives the plan the planner then schedules (see Karsa.Planning).
/// </summary>
public sealed record Scenario
{
    /// <summary>Creates a scenario; the name follows the code rule.</summary>
    public Scenario(string name, LocalizedText? description = null,
        ValueList<CeilingScale> scaleCeilings = default, ValueList<Budget.BudgetCeiling> setCeilings = default,
        ValueList<ProgrammeCode> forceIn = default, ValueList<ProgrammeCode> forceOut = default,
        ValueList<CriterionWeight> weights = default, FiscalYear? lastYear = null)
    {
        Name = Codes.Validate(name, CodeKind.Scenario, "name");
        Description = description;
        ScaleCeilings = scaleCeilings;
        SetCeilings = setCeilings;
        ForceIn = forceIn;
        ForceOut = forceOut;
        Weights = weights;
        LastYear = lastYear;
    }

    /// <summary>Name used on the command line, e.g. apbd-cut-20.</summary>
    public string Name { get; }

    /// <summary>What the scenario explores.</summary>
    public LocalizedText? Description { get; }

    /// <summary>Ceiling scalings, applied in order.</summary>
    public ValueList<CeilingScale> ScaleCeilings { get; }

    /// <summary>Ceilings set outright (after scaling).</summary>
    public ValueList<Budget.BudgetCeiling> SetCeilings { get; }

    /// <summary>Programmes that must be in.</summary>
    public ValueList<ProgrammeCode> ForceIn { get; }

    /// <summary>Programmes that must be out.</summary>
    public ValueList<ProgrammeCode> ForceOut { get; }

    /// <summary>Criterion weights replaced.</summary>
    public ValueList<CriterionWeight> Weights { get; }

    /// <summary>A different last plan year (the horizon), if any.</summary>
    public FiscalYear? LastYear { get; }
}
