using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Planning.Scoring;

/// <summary>What one criterion adds to a programme's priority score.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Weight">Its normalised weight.</param>
/// <param name="Raw">The programme's score on it, or null when not scored (counted as the worst).</param>
/// <param name="Normalised">The score mapped to 0..1, inverted for cost criteria (1 is best).</param>
public sealed record CriterionContribution(Criterion Criterion, double Weight, decimal? Raw, double Normalised)
{
    /// <summary>Weight times normalised score.</summary>
    public double Contribution => Weight * Normalised;

    /// <summary>One line such as "Dampak bagi warga: 4 → 0,75 × bobot 0,30 = 0,225".</summary>
    public string Explain(Language language)
    {
        var name = Criterion.Name.In(language);
        var english = language == Language.English;
        string F(double value) => english
            ? value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)
            : IndonesianNumbers.FormatDecimal((decimal)value, 3);
        var raw = Raw is { } r
            ? (english ? r.ToString(System.Globalization.CultureInfo.InvariantCulture) : IndonesianNumbers.FormatDecimal(r))
            : english ? "not scored (counted as worst)" : "tanpa skor (dihitung terburuk)";
        var sense = Criterion.Sense == CriterionSense.Cost ? (english ? " (cost: lower is better)" : " (biaya: makin rendah makin baik)") : string.Empty;
        return english
            ? $"{name}: {raw}{sense} → {F(Normalised)} × weight {F(Weight)} = {F(Contribution)}"
            : $"{name}: {raw}{sense} → {F(Normalised)} × bobot {F(Weight)} = {F(Contribution)}";
    }
}

/// <summary>A programme's priority score (0..1) with its per-criterion explanation.</summary>
/// <param name="Programme">The programme code.</param>
/// <param name="Contributions">One entry per criterion, in the plan's order.</param>
public sealed record ProgrammeScore(ProgrammeCode Programme, IReadOnlyList<CriterionContribution> Contributions)
{
    /// <summary>The weighted sum of normalised scores, 0..1.</summary>
    public double Score => Contributions.Sum(c => c.Contribution);
}
