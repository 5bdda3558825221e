using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.Assessment;

/// <summary>The three kinds of finding an evaluation report lists.</summary>
public enum FindingKind
{
    /// <summary>What the region does well.</summary>
    Strength,

    /// <summary>What falls short (e.g. no regent's regulation enacting the masterplan).</summary>
    Weakness,

    /// <summary>What the region should do next.</summary>
    Recommendation,
}

/// <summary>One finding of the evaluator, optionally tied to an evaluation or a smart-city dimension.</summary>
/// <param name="Kind">Strength, weakness or recommendation.</param>
/// <param name="Text">The finding.</param>
/// <param name="EvaluationDimension">The evaluation dimension it concerns, if any.</param>
/// <param name="SmartCityDimension">The smart-city dimension it concerns, if any.</param>
public sealed record Finding(FindingKind Kind, LocalizedText Text, EvaluationDimension? EvaluationDimension = null, Dimension? SmartCityDimension = null);
