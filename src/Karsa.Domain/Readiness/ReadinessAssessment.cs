using Karsa.Domain.Catalogue;

namespace Karsa.Domain.Readiness;

/// <summary>The three readiness pillars of the framework.</summary>
public enum Pillar
{
    /// <summary>Struktur: human resources, bureaucratic capacity, budget.</summary>
    Struktur,

    /// <summary>Infrastruktur: physical, internet and social infrastructure.</summary>
    Infrastruktur,

    /// <summary>Suprastruktur: policy, institutions, implementation.</summary>
    Suprastruktur,
}

/// <summary>A score on one pillar with its justification.</summary>
public sealed record PillarScore(Pillar Pillar, decimal Score, string? Narrative);

/// <summary>
/// The readiness of one dimension on the three pillars. Scores are on the plan's readiness scale
/// (checked by <see cref="Plans.MasterplanRules"/>, since the scale belongs to the plan).
/// </summary>
public sealed record ReadinessAssessment(Dimension Dimension, Primitives.ValueList<PillarScore> Pillars, string? Narrative);

/// <summary>
/// A closed numeric scale, e.g. 1 to 5. Invariant: <c>Min &lt; Max</c>.
/// </summary>
public sealed record ScoreScale
{
    /// <summary>Creates a scale.</summary>
    public ScoreScale(decimal min, decimal max)
    {
        if (min >= max)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.OutOfRange(new Primitives.LocalizedText("skala", "scale"), $"{min}..{max}", new Primitives.LocalizedText("min < maks", "min < max")));
        }

        (Min, Max) = (min, max);
    }

    /// <summary>The one-to-five scale used when a plan names none.</summary>
    public static ScoreScale OneToFive { get; } = new(1, 5);

    /// <summary>Lowest score.</summary>
    public decimal Min { get; }

    /// <summary>Highest score.</summary>
    public decimal Max { get; }

    /// <summary>True when <paramref name="score"/> lies on the scale.</summary>
    public bool Contains(decimal score) => score >= Min && score <= Max;

    /// <summary>The score mapped to 0..1.</summary>
    public decimal Normalise(decimal score) => (score - Min) / (Max - Min);

    /// <summary>"1..5".</summary>
    public override string ToString() => $"{Min}..{Max}";
}
