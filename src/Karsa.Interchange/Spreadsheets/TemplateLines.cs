using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>One choice of the status list: a stable key and its display name. Invariant: the key is a valid code.</summary>
public sealed record StatusOption
{
    /// <summary>Creates an option, validating the key's form.</summary>
    public StatusOption(string key, LocalizedText name)
    {
        Key = Codes.Validate(key, CodeKind.Criterion, "key");
        Name = name;
    }

    /// <summary>The key stored with a report, e.g. <c>on-track</c>.</summary>
    public string Key { get; }

    /// <summary>The name shown in the drop-down list.</summary>
    public LocalizedText Name { get; }
}

/// <summary>An amount of money from one funding source. Invariant: never negative.</summary>
public sealed record SourceAmount
{
    /// <summary>Creates an amount, refusing negatives.</summary>
    public SourceAmount(FundingSource source, Rupiah amount)
    {
        Source = source;
        Amount = Rupiah.NonNegative(amount.Value, source.Key);
    }

    /// <summary>The funding source.</summary>
    public FundingSource Source { get; }

    /// <summary>The amount in whole Rupiah.</summary>
    public Rupiah Amount { get; }
}

/// <summary>A programme row of the template: code and name with the planned money per source (all locked).</summary>
public sealed record ProgrammeLine(ProgrammeCode Code, LocalizedText Name, ValueList<SourceAmount> Planned);

/// <summary>An indicator row of the template: code, name, unit and target (all locked).</summary>
public sealed record IndicatorLine
{
    /// <summary>Creates a line; the unit must not be empty.</summary>
    public IndicatorLine(IndicatorCode code, LocalizedText name, string unit, decimal target)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            throw new DomainException(Problems.EmptyText().Under("unit"));
        }

        Code = code;
        Name = name;
        Unit = unit;
        Target = target;
    }

    /// <summary>The indicator code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The indicator name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The unit of measurement, e.g. <c>%</c> or <c>orang</c>.</summary>
    public string Unit { get; }

    /// <summary>The target value for the period.</summary>
    public decimal Target { get; }
}
