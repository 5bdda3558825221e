using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Plans;

/// <summary>Whether a masterplan version can still change.</summary>
public enum PlanState
{
    /// <summary>Being written; may change.</summary>
    Draft,

    /// <summary>Enacted and frozen; edits start a new draft version.</summary>
    Published,
}

/// <summary>A Markdown narrative section of the book, keyed (e.g. "background", "legal-basis").</summary>
public sealed record NarrativeSection(string Key, LocalizedText Markdown);

/// <summary>A development strategy for one dimension.</summary>
public sealed record Strategy(Dimension Dimension, LocalizedText Title, string? Description);

/// <summary>Whether a higher score on a criterion is good (benefit) or bad (cost, e.g. risk).</summary>
public enum CriterionSense
{
    /// <summary>Higher is better.</summary>
    Benefit,

    /// <summary>Higher is worse, e.g. risk.</summary>
    Cost,
}

/// <summary>
/// A criterion programmes are scored on, with its weight. Invariant: the weight is not negative.
/// </summary>
public sealed record Criterion
{
    /// <summary>Creates a criterion.</summary>
    public Criterion(CriterionCode code, LocalizedText name, decimal weight, CriterionSense sense = CriterionSense.Benefit)
    {
        if (weight < 0)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.OutOfRange(new LocalizedText("bobot", "weight"), weight.ToString(System.Globalization.CultureInfo.InvariantCulture), ">= 0").Under("weight"));
        }

        (Code, Name, Weight, Sense) = (code, name, weight, sense);
    }

    /// <summary>The criteria a plan gets when it names none: citizen impact, urgency, readiness, strategic alignment, risk.</summary>
    public static IReadOnlyList<Criterion> Defaults { get; } =
    [
        new(new("citizen-impact"), new("Dampak bagi warga", "Citizen impact"), 0.30m),
        new(new("urgency"), new("Urgensi", "Urgency"), 0.20m),
        new(new("readiness"), new("Kesiapan", "Readiness"), 0.20m),
        new(new("strategic-alignment"), new("Keselarasan strategis", "Strategic alignment"), 0.20m),
        new(new("risk"), new("Risiko", "Risk"), 0.10m, CriterionSense.Cost),
    ];

    /// <summary>Code used in programme scores.</summary>
    public CriterionCode Code { get; }

    /// <summary>Display name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Relative weight.</summary>
    public decimal Weight { get; }

    /// <summary>Benefit or cost.</summary>
    public CriterionSense Sense { get; }
}
