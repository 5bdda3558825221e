namespace Karsa.Monitoring.Evaluation.Workflow;

/// <summary>Who takes part in an evaluation; the Application maps its roles onto these.</summary>
public enum EvaluationParty
{
    /// <summary>The ministry's programme office: runs the cycle and its instrument.</summary>
    Ministry,

    /// <summary>The evaluated region (its planners): fills its own self-assessment.</summary>
    Region,

    /// <summary>An assessor (practitioner or academic): verifies, scores and writes findings.</summary>
    Evaluator,
}
