using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>Where realised money stands against the plan.</summary>
public enum BudgetState
{
    /// <summary>Within the tolerance.</summary>
    Within,

    /// <summary>More than the planned amount plus the tolerance.</summary>
    Over,

    /// <summary>Less than the planned amount minus the tolerance.</summary>
    Under,
}

/// <summary>
/// Cumulative money of one funding source up to a year: planned against realised. Over when
/// <c>realised &gt; planned * (1 + t)</c>, under when <c>realised &lt; planned * (1 - t)</c>, with t the
/// tolerance as a fraction; money realised from a source with nothing planned is over.
/// </summary>
/// <param name="Source">The funding source key.</param>
/// <param name="Planned">Planned up to the year.</param>
/// <param name="Realised">Realised up to the year.</param>
/// <param name="State">Where it stands.</param>
public sealed record BudgetLine(string Source, Rupiah Planned, Rupiah Realised, BudgetState State)
{
    /// <summary>Realised minus planned.</summary>
    public Rupiah Variance => Realised - Planned;

    /// <summary>The line for <paramref name="planned"/> and <paramref name="realised"/> with a tolerance of <paramref name="tolerancePercent"/> %.</summary>
    public static BudgetLine Of(string source, Rupiah planned, Rupiah realised, decimal tolerancePercent)
    {
        decimal plan = planned.Value, real = realised.Value;
        var state = real * 100m > plan * (100m + tolerancePercent) ? BudgetState.Over
            : real * 100m < plan * (100m - tolerancePercent) ? BudgetState.Under
            : BudgetState.Within;
        return new BudgetLine(source, planned, realised, state);
    }
}
