using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation;

/// <summary>
/// One question of an evaluation instrument: its text and guidance for the region and the evaluator,
/// the evaluation dimension it counts in, optionally the smart-city dimension it concerns, and its
/// weight within its evaluation dimension and, optionally, the fact of Karsa's data its score is prefilled from. Invariant: the weight is above zero (KRS016 at <c>weight</c>).
/// </summary>
public sealed record Question
{
    /// <summary>Creates a question.</summary>
    public Question(QuestionCode code, LocalizedText text, EvaluationDimension evaluationDimension, decimal weight,
        Dimension? smartCityDimension = null, LocalizedText? guidance = null, Assessment.PrefillFact? prefill = null)
    {
        if (weight <= 0)
        {
            throw new DomainException(Refusal.NotPositive(new LocalizedText("bobot pertanyaan", "question weight"), weight, "weight"));
        }

        (Code, Text, EvaluationDimension, Weight, SmartCityDimension, Guidance, Prefill) =
            (code, text, evaluationDimension, weight, smartCityDimension, guidance, prefill);
    }

    /// <summary>Unique code in the instrument.</summary>
    public QuestionCode Code { get; }

    /// <summary>What is asked.</summary>
    public LocalizedText Text { get; }

    /// <summary>The evaluation dimension the question's score counts in.</summary>
    public EvaluationDimension EvaluationDimension { get; }

    /// <summary>Relative weight among the questions of its evaluation dimension (and of its smart-city dimension).</summary>
    public decimal Weight { get; }

    /// <summary>The smart-city dimension it concerns, if any.</summary>
    public Dimension? SmartCityDimension { get; }

    /// <summary>How to answer and which evidence to give.</summary>
    public LocalizedText? Guidance { get; }

    /// <summary>The fact of Karsa's data its score is prefilled from, if any; the evaluator confirms or overrides it.</summary>
    public Assessment.PrefillFact? Prefill { get; }
}
