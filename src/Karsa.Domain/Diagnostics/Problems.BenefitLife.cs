namespace Karsa.Domain.Diagnostics;

/// <summary>The problem of a programme's own benefit life (KRS156).</summary>
public static partial class Problems
{
    /// <summary>KRS156: a programme's benefit life outside 1 to the longest accepted.</summary>
    public static Diagnostic BenefitLifeOutOfRange(int years, int longest) => Error("KRS156",
        $"Umur manfaat program {N(years)} tahun di luar rentang 1-{N(longest)} tahun",
        $"The programme's benefit life of {N(years)} years is outside 1-{N(longest)} years",
        $"tulis berapa tahun program memberi manfaat setelah selesai (1-{N(longest)}), atau hapus 'benefitLifeYears' agar memakai valueModel.benefitLifeYears rencana",
        $"write how many years the programme brings benefit after it ends (1-{N(longest)}), or remove 'benefitLifeYears' to use the plan's valueModel.benefitLifeYears");
}
