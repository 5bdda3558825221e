using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Programmes;

/// <summary>A yearly target of a programme's output or outcome.</summary>
public sealed record ResultTarget(FiscalYear Year, decimal Value);

/// <summary>
/// One output or outcome of a programme: a statement, optionally the plan indicator that measures it,
/// the unit its targets count in and its targets per fiscal year.
/// Invariants kept here: at most one target per year, sorted by year; targets need a unit, or an
/// indicator whose unit they take (KRS153). Whether the years lie in the plan period is a plan rule
/// (<see cref="Plans.MasterplanRules"/>, KRS152).
/// </summary>
public sealed record ProgrammeResult
{
    /// <summary>Creates a result, enforcing its invariants.</summary>
    public ProgrammeResult(LocalizedText statement, IndicatorCode? indicator = null, string? unit = null, ValueList<ResultTarget> targets = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var duplicate = targets.GroupBy(t => t.Year).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException(Problems.DuplicateKey(duplicate.Key.ToString()).Under($"targets.{duplicate.Key}"));
        }

        var hasUnit = !string.IsNullOrWhiteSpace(unit);
        if (targets.Count > 0 && !hasUnit && indicator is null)
        {
            throw new DomainException(Problems.TargetsWithoutUnit().Under("targets"));
        }

        Statement = statement;
        Indicator = indicator;
        Unit = hasUnit ? unit : null;
        Targets = targets.OrderBy(t => t.Year).ToValueList();
    }

    /// <summary>What is delivered or changed.</summary>
    public LocalizedText Statement { get; }

    /// <summary>The plan indicator that measures it, if any.</summary>
    public IndicatorCode? Indicator { get; }

    /// <summary>The unit its targets count in; absent when the indicator's unit applies.</summary>
    public string? Unit { get; }

    /// <summary>Targets per fiscal year, sorted by year.</summary>
    public ValueList<ResultTarget> Targets { get; }
}
