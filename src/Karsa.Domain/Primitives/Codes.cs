using System.Text.RegularExpressions;

namespace Karsa.Domain.Primitives;

/// <summary>What a code identifies; used in messages about malformed codes.</summary>
public enum CodeKind
{
    /// <summary>A programme code such as <c>GOV-01</c>.</summary>
    Programme,

    /// <summary>An agency (OPD) code such as <c>DISKOMINFO</c>.</summary>
    Agency,

    /// <summary>An indicator code such as <c>ISO37120-5.1</c>.</summary>
    Indicator,

    /// <summary>An element code such as <c>public-service</c>.</summary>
    Element,

    /// <summary>A scoring criterion code such as <c>urgency</c>.</summary>
    Criterion,

    /// <summary>A scenario name such as <c>apbd-cut-20</c>.</summary>
    Scenario,
}

/// <summary>
/// The one rule every identifier code follows: 1 to 40 characters, letters, digits, '.', '_' or '-',
/// starting with a letter or digit. Codes compare case-sensitively.
/// </summary>
public static partial class Codes
{
    /// <summary>The longest code accepted.</summary>
    public const int MaxLength = 40;

    /// <summary>
    /// Returns <paramref name="value"/> when it is a valid code, else throws a problem at the relative
    /// path <paramref name="field"/> (the value itself when empty).
    /// </summary>
    public static string Validate(string? value, CodeKind kind, string field = "") =>
        value is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(value)
            ? value
            : throw new Diagnostics.DomainException(Diagnostics.Problems.MalformedCode(kind, value).Under(field));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>Identifies a programme within a masterplan.</summary>
public readonly record struct ProgrammeCode
{
    /// <summary>Creates a code, validating its form.</summary>
    public ProgrammeCode(string value) => Value = Codes.Validate(value, CodeKind.Programme);

    /// <summary>The code text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies an agency (OPD) within a masterplan.</summary>
public readonly record struct AgencyCode
{
    /// <summary>Creates a code, validating its form.</summary>
    public AgencyCode(string value) => Value = Codes.Validate(value, CodeKind.Agency);

    /// <summary>The code text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies an indicator within a masterplan.</summary>
public readonly record struct IndicatorCode
{
    /// <summary>Creates a code, validating its form.</summary>
    public IndicatorCode(string value) => Value = Codes.Validate(value, CodeKind.Indicator);

    /// <summary>The code text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies an element (of the reference catalogue or the plan's own).</summary>
public readonly record struct ElementCode
{
    /// <summary>Creates a code, validating its form.</summary>
    public ElementCode(string value) => Value = Codes.Validate(value, CodeKind.Element);

    /// <summary>The code text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies a scoring criterion.</summary>
public readonly record struct CriterionCode
{
    /// <summary>Creates a code, validating its form.</summary>
    public CriterionCode(string value) => Value = Codes.Validate(value, CodeKind.Criterion);

    /// <summary>The code text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
