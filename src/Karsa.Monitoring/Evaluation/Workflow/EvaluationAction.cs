namespace Karsa.Monitoring.Evaluation.Workflow;

/// <summary>What a party can do in a cycle; <see cref="EvaluationPolicy"/> says who may, when.</summary>
public enum EvaluationAction
{
    /// <summary>Change the questions, weights or scale.</summary>
    EditInstrument,

    /// <summary>Move the cycle from draft to open for self-assessment.</summary>
    OpenSelfAssessment,

    /// <summary>Answer the questionnaire with explanations and evidence.</summary>
    EditSelfAssessment,

    /// <summary>Close the self-assessment and start verification.</summary>
    StartVerification,

    /// <summary>Give, confirm or override verified scores and notes.</summary>
    Verify,

    /// <summary>Write strengths, weaknesses and recommendations.</summary>
    WriteFindings,

    /// <summary>Publish the results, which freezes them.</summary>
    Publish,
}
