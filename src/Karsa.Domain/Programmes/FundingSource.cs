namespace Karsa.Domain.Programmes;

/// <summary>Where money for a programme comes from.</summary>
public enum FundingSource
{
    /// <summary>APBD: the regional budget.</summary>
    Apbd,

    /// <summary>APBN: the national budget.</summary>
    Apbn,

    /// <summary>DAK: special allocation fund from the centre.</summary>
    Dak,

    /// <summary>KPBU: public-private partnership.</summary>
    Kpbu,

    /// <summary>CSR: corporate social responsibility and sponsors.</summary>
    Csr,

    /// <summary>Dana Desa: village funds.</summary>
    DanaDesa,

    /// <summary>Any other lawful source.</summary>
    Other,
}

/// <summary>Plan-file keys and display names of funding sources.</summary>
public static class FundingSources
{
    /// <summary>All sources in a stable order.</summary>
    public static IReadOnlyList<FundingSource> All { get; } = Enum.GetValues<FundingSource>();

    /// <summary>The plan-file key: apbd, apbn, dak, kpbu, csr, dana-desa, other.</summary>
    public static string Key(this FundingSource source) => source == FundingSource.DanaDesa ? "dana-desa" : source.ToString().ToLowerInvariant();

    /// <summary>Parses a plan-file key.</summary>
    public static bool TryParse(string? key, out FundingSource source)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Key(), key, StringComparison.OrdinalIgnoreCase))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }

    /// <summary>The label used in documents: APBD, APBN, DAK, KPBU, CSR, Dana Desa, Lainnya/Other.</summary>
    public static string Label(this FundingSource source, Primitives.Language language) => source switch
    {
        FundingSource.DanaDesa => "Dana Desa",
        FundingSource.Other => language == Primitives.Language.English ? "Other" : "Lainnya",
        _ => source.ToString().ToUpperInvariant(),
    };
}
