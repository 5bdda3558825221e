using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.National;

/// <summary>
/// Which regions a ranking or distribution covers: those of one province (the first two digits of
/// the region code) and/or one cohort; neither means the whole country. Invariant: the province is a
/// province code, one level (KRS016 at <c>province</c>).
/// </summary>
public sealed record RankingFilter
{
    /// <summary>Every region.</summary>
    public static RankingFilter Nation { get; } = new();

    /// <summary>Creates a filter.</summary>
    public RankingFilter(RegionCode? province = null, Cohort? cohort = null)
    {
        if (province is { Level: not 1 } notProvince)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("tingkat kode provinsi", "province code level"),
                notProvince.Value, new LocalizedText("kode provinsi dua digit, mis. 33", "a two-digit province code, e.g. 33")).Under("province"));
        }

        (Province, Cohort) = (province, cohort);
    }

    /// <summary>The province, or null for all.</summary>
    public RegionCode? Province { get; }

    /// <summary>The cohort, or null for all.</summary>
    public Cohort? Cohort { get; }

    /// <summary>True when <paramref name="region"/> is covered.</summary>
    public bool Includes(RegionCode region) =>
        (Province is not { } province || string.Equals(region.Value[..2], province.Value, StringComparison.Ordinal))
        && (Cohort is null || Cohort.Regions.Contains(region));
}
