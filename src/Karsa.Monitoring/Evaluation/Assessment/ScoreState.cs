namespace Karsa.Monitoring.Evaluation.Assessment;

/// <summary>Where a verified score came from and whether the evaluator has accepted it.</summary>
public enum ScoreState
{
    /// <summary>Given by the evaluator.</summary>
    Verified,

    /// <summary>Derived from Karsa's data; the evaluator has not looked at it yet.</summary>
    Prefilled,

    /// <summary>Derived from Karsa's data and accepted by the evaluator.</summary>
    Confirmed,

    /// <summary>Derived from Karsa's data and replaced by the evaluator's own score.</summary>
    Overridden,
}
