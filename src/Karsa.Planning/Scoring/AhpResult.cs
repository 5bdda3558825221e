using Karsa.Domain.Primitives;

namespace Karsa.Planning.Scoring;

/// <summary>
/// Criterion weights derived by the analytic hierarchy process, with Saaty's consistency figures.
/// </summary>
/// <param name="Weights">Principal eigenvector, normalised to sum 1, by criterion.</param>
/// <param name="LambdaMax">The principal eigenvalue.</param>
/// <param name="ConsistencyIndex">CI = (lambda_max - n) / (n - 1).</param>
/// <param name="ConsistencyRatio">CR = CI / RI (Saaty's random index); 0 for two criteria or fewer.</param>
/// <param name="MissingPairs">Pairs with no judgement; filled by Harker's method when there are any.</param>
public sealed record AhpResult(
    IReadOnlyDictionary<CriterionCode, double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double ConsistencyRatio,
    IReadOnlyList<(CriterionCode First, CriterionCode Second)> MissingPairs)
{
    /// <summary>Saaty's threshold: judgements above it should be revised.</summary>
    public const double AcceptableRatio = 0.10;

    /// <summary>True when the consistency ratio is at most 0.10.</summary>
    public bool IsConsistent => ConsistencyRatio <= AcceptableRatio;

    /// <summary>Warnings to show the planners: inconsistency and missing judgements; empty when all is well.</summary>
    public IReadOnlyList<LocalizedText> Warnings
    {
        get
        {
            var warnings = new List<LocalizedText>();
            var ratio = IndonesianNumbers.FormatDecimal((decimal)ConsistencyRatio, 3);
            var ratioEn = ConsistencyRatio.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            if (!IsConsistent)
            {
                warnings.Add(new(
                    $"Rasio konsistensi AHP {ratio} melebihi 0,10: perbandingan berpasangan tidak konsisten, tinjau kembali penilaiannya.",
                    $"AHP consistency ratio {ratioEn} is above 0.10: the pairwise judgements are inconsistent; please revise them."));
            }

            if (MissingPairs.Count > 0)
            {
                var pairs = string.Join(", ", MissingPairs.Select(p => $"{p.First}/{p.Second}"));
                warnings.Add(new(
                    $"{MissingPairs.Count} pasangan kriteria belum dinilai ({pairs}); bobot diturunkan dengan metode Harker untuk matriks tidak lengkap.",
                    $"{MissingPairs.Count} criterion pairs have no judgement ({pairs}); weights were derived with Harker's method for incomplete matrices."));
            }

            return warnings;
        }
    }
}
