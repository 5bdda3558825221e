using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Scoring;

namespace Karsa.Monitoring.Evaluation.Workflow;

/// <summary>
/// The ministry's evaluation of one year: its instrument and its state. It starts as a draft and moves
/// forward only (draft, open for self-assessment, verification, published), each move and edit asking
/// <see cref="EvaluationPolicy"/> (KRS135 at <c>state</c>). Publishing computes every region's result,
/// which never changes afterwards.
/// </summary>
public sealed record EvaluationCycle
{
    /// <summary>A new cycle, in draft.</summary>
    public EvaluationCycle(FiscalYear year, LocalizedText title, EvaluationInstrument instrument)
        : this(year, title, instrument, CycleState.Draft)
    {
    }

    private EvaluationCycle(FiscalYear year, LocalizedText title, EvaluationInstrument instrument, CycleState state) =>
        (Year, Title, Instrument, State) = (year, title, instrument, state);

    /// <summary>A stored cycle as it was saved, in its saved state (for storage only: the moves that led there were checked when made).</summary>
    public static EvaluationCycle Restore(FiscalYear year, LocalizedText title, EvaluationInstrument instrument, CycleState state) =>
        new(year, title, instrument, state);

    /// <summary>The year evaluated.</summary>
    public FiscalYear Year { get; }

    /// <summary>The cycle's name, e.g. "Evaluasi Smart City 2024".</summary>
    public LocalizedText Title { get; }

    /// <summary>Questions, weights and scale.</summary>
    public EvaluationInstrument Instrument { get; }

    /// <summary>Where the cycle stands.</summary>
    public CycleState State { get; }

    /// <summary>The cycle with another instrument; only the ministry, only in draft.</summary>
    public EvaluationCycle WithInstrument(EvaluationParty by, EvaluationInstrument instrument)
    {
        EvaluationPolicy.Demand(State, by, EvaluationAction.EditInstrument);
        return new(Year, Title, instrument, State);
    }

    /// <summary>Opens the self-assessment; only the ministry, only from draft.</summary>
    public EvaluationCycle OpenSelfAssessment(EvaluationParty by) => Move(by, EvaluationAction.OpenSelfAssessment);

    /// <summary>Closes the self-assessment and starts verification; only the ministry, only while open.</summary>
    public EvaluationCycle StartVerification(EvaluationParty by) => Move(by, EvaluationAction.StartVerification);

    /// <summary>
    /// Publishes the cycle with the results of <paramref name="evaluations"/>; only the ministry, only in
    /// verification. Refused while a region is given twice (KRS139), a question has no verified score
    /// (KRS136) or a prefilled score is not confirmed (KRS137), at <c>evaluations[REGION].verified[QUESTION]</c>.
    /// </summary>
    public PublishedCycle Publish(EvaluationParty by, IReadOnlyList<RegionEvaluation> evaluations)
    {
        EvaluationPolicy.Demand(State, by, EvaluationAction.Publish);
        List<Diagnostic> problems = [];
        HashSet<RegionCode> seen = [];
        for (var i = 0; i < evaluations.Count; i++)
        {
            var evaluation = evaluations[i];
            if (!seen.Add(evaluation.Region))
            {
                problems.Add(Problems.DuplicateRegionResult(evaluation.Region.Value, Year.Value).Under($"evaluations[{i}].region"));
                continue;
            }

            foreach (var question in Instrument.Questions)
            {
                var at = $"evaluations[{evaluation.Region}].verified[{question.Code}]";
                switch (evaluation.ScoreOf(question.Code)?.State)
                {
                    case null:
                        problems.Add(Problems.QuestionNotVerified(question.Code.Value).Under(at));
                        break;
                    case ScoreState.Prefilled:
                        problems.Add(Problems.PrefillNotConfirmed(question.Code.Value).Under(at));
                        break;
                    default:
                        break;
                }
            }
        }

        Refusal.ThrowIfAny(problems);
        var results = evaluations
            .Select(e => new PublishedEvaluation(e.Region, Year, Instrument.Scale, IndexCalculator.Compute(Instrument, e.Verified), e.Findings))
            .ToValueList();
        return new PublishedCycle(Move(by, EvaluationAction.Publish), results);
    }

    private EvaluationCycle Move(EvaluationParty by, EvaluationAction action)
    {
        EvaluationPolicy.Demand(State, by, action);
        return new(Year, Title, Instrument, EvaluationPolicy.After(State, action));
    }
}

/// <summary>A published cycle and the results it published.</summary>
/// <param name="Cycle">The cycle, in state <see cref="CycleState.Published"/>.</param>
/// <param name="Results">One result per region evaluated.</param>
public sealed record PublishedCycle(EvaluationCycle Cycle, ValueList<PublishedEvaluation> Results);
