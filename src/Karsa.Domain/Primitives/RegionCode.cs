using System.Text.RegularExpressions;

namespace Karsa.Domain.Primitives;

/// <summary>
/// A Home Affairs (Kemendagri) region code: province "33", regency or city "33.13", district
/// "33.13.09", village "33.13.09.2001". Invariant: always in that dotted form.
/// </summary>
public readonly partial record struct RegionCode
{
    /// <summary>Parses and validates a code.</summary>
    public RegionCode(string value)
    {
        if (value is null || !Pattern().IsMatch(value))
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.MalformedRegionCode(value));
        }

        Value = value;
    }

    /// <summary>Parses <paramref name="text"/> without throwing: false when it is not a dotted code.</summary>
    public static bool TryParse(string? text, out RegionCode code)
    {
        code = text is not null && Pattern().IsMatch(text) ? new RegionCode(text) : default;
        return code.Value is not null;
    }

    /// <summary>The dotted code.</summary>
    public string Value { get; }

    /// <summary>How many levels deep: 1 province, 2 regency/city, 3 district, 4 village.</summary>
    public int Level => Value is null ? 0 : Value.Count(c => c == '.') + 1;

    /// <summary>The code one level up, or null for a province.</summary>
    public RegionCode? Parent => Level <= 1 ? null : new RegionCode(Value[..Value.LastIndexOf('.')]);

    /// <summary>True when this code lies directly or indirectly under <paramref name="ancestor"/>.</summary>
    public bool IsWithin(RegionCode ancestor) =>
        Value is not null && ancestor.Value is not null && Value.StartsWith(ancestor.Value + ".", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex(@"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
