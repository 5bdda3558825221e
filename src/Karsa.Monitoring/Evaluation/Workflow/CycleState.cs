namespace Karsa.Monitoring.Evaluation.Workflow;

/// <summary>Where an evaluation cycle stands; it only moves forward, in this order.</summary>
public enum CycleState
{
    /// <summary>The ministry prepares the instrument.</summary>
    Draft,

    /// <summary>Regions fill their self-assessment.</summary>
    OpenForSelfAssessment,

    /// <summary>Evaluators verify, score and write findings.</summary>
    Verification,

    /// <summary>Results are published and never change.</summary>
    Published,
}
