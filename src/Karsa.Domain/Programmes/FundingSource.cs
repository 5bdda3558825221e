using System.Text.RegularExpressions;
using Karsa.Domain.Diagnostics;

namespace Karsa.Domain.Programmes;

/// <summary>
/// Where money for a programme comes from, by its plan-file key (<c>apbd</c>, <c>apbd-provinsi</c>,
/// <c>baznas</c>, ...). Invariant: the key is 1-40 lower-case letters, digits and hyphens, starting with
/// a letter. Keys compare ordinally; the national defaults come first in their order, then any other
/// source by key. Which sources a plan knows, and their names, is the plan's
/// <see cref="FundingSourceCatalog"/>.
/// </summary>
public readonly partial record struct FundingSource : IComparable<FundingSource>
{
    /// <summary>Creates a source, validating the key's form (KRS148).</summary>
    public FundingSource(string key) =>
        Key = key is { Length: > 0 and <= Primitives.Codes.MaxLength } && KeyPattern().IsMatch(key)
            ? key
            : throw new DomainException(Problems.MalformedFundingSource(key));

    /// <summary>APBD: the regency's or city's own budget.</summary>
    public static FundingSource Apbd { get; } = new("apbd");

    /// <summary>APBD Provinsi: the provincial budget (financial aid from the province).</summary>
    public static FundingSource ApbdProvinsi { get; } = new("apbd-provinsi");

    /// <summary>APBN: the national budget.</summary>
    public static FundingSource Apbn { get; } = new("apbn");

    /// <summary>DAK: special allocation fund from the centre.</summary>
    public static FundingSource Dak { get; } = new("dak");

    /// <summary>DID: Dana Insentif Daerah, the centre's regional incentive fund.</summary>
    public static FundingSource Did { get; } = new("did");

    /// <summary>Dana Desa: village funds.</summary>
    public static FundingSource DanaDesa { get; } = new("dana-desa");

    /// <summary>BLUD: a public service agency's own revenue (e.g. an RSUD).</summary>
    public static FundingSource Blud { get; } = new("blud");

    /// <summary>KPBU: public-private partnership.</summary>
    public static FundingSource Kpbu { get; } = new("kpbu");

    /// <summary>CSR: corporate social responsibility and sponsors.</summary>
    public static FundingSource Csr { get; } = new("csr");

    /// <summary>Any other lawful source.</summary>
    public static FundingSource Other { get; } = new("other");

    /// <summary>The plan-file key.</summary>
    public string Key { get; }

    /// <summary>True for a key of the form sources have (see the invariant).</summary>
    public static bool IsKey(string? key) => key is { Length: > 0 and <= Primitives.Codes.MaxLength } && KeyPattern().IsMatch(key);

    /// <inheritdoc />
    public int CompareTo(FundingSource other)
    {
        var (mine, theirs) = (FundingSourceCatalog.DefaultRank(this), FundingSourceCatalog.DefaultRank(other));
        return mine != theirs ? mine.CompareTo(theirs) : string.CompareOrdinal(Key, other.Key);
    }

    /// <summary>True when <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(FundingSource left, FundingSource right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(FundingSource left, FundingSource right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> does not come after <paramref name="right"/>.</summary>
    public static bool operator <=(FundingSource left, FundingSource right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> does not come before <paramref name="right"/>.</summary>
    public static bool operator >=(FundingSource left, FundingSource right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Key;

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
