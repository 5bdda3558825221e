using Karsa.Domain.Diagnostics;

namespace Karsa.Monitoring.Indicators;

/// <summary>
/// The tolerances of the indicator status: a shortfall (how far the latest value is behind the
/// trajectory, as a share of the whole planned change) up to <see cref="OnTrackTolerance"/> is on
/// track, up to <see cref="AtRiskTolerance"/> at risk, beyond it off track (both bounds inclusive); the
/// latest observation is stale when its period ended more than <see cref="StaleAfterMonths"/> months
/// before the evaluation month. Invariants: 0 &lt;= on track &lt;= at risk, stale age &gt;= 1 (else KRS124).
/// </summary>
public sealed record StatusRule
{
    /// <summary>Creates a rule; the defaults are 10 %, 25 % and 12 months.</summary>
    public StatusRule(decimal onTrackTolerance = 0.10m, decimal atRiskTolerance = 0.25m, int staleAfterMonths = 12)
    {
        if (onTrackTolerance < 0 || atRiskTolerance < onTrackTolerance || staleAfterMonths < 1)
        {
            throw new DomainException(Problems.BadStatusRule(onTrackTolerance, atRiskTolerance, staleAfterMonths));
        }

        (OnTrackTolerance, AtRiskTolerance, StaleAfterMonths) = (onTrackTolerance, atRiskTolerance, staleAfterMonths);
    }

    /// <summary>The default rule.</summary>
    public static StatusRule Default { get; } = new();

    /// <summary>The largest shortfall that is still on track (a share, 0.10 = 10 % of the planned change).</summary>
    public decimal OnTrackTolerance { get; }

    /// <summary>The largest shortfall that is at risk rather than off track.</summary>
    public decimal AtRiskTolerance { get; }

    /// <summary>How many months old the latest observation may be before it is stale.</summary>
    public int StaleAfterMonths { get; }
}
