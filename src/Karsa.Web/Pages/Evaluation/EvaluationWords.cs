using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>The words the evaluation pages show for the model's states and kinds.</summary>
public static class EvaluationWords
{
    /// <summary>A cycle's state.</summary>
    public static LocalizedText Of(CycleState state) => state switch
    {
        CycleState.Draft => new("Draf", "Draft"),
        CycleState.OpenForSelfAssessment => new("Penilaian mandiri dibuka", "Open for self-assessment"),
        CycleState.Verification => new("Verifikasi", "Verification"),
        _ => new("Terbit", "Published"),
    };

    /// <summary>A verified score's state.</summary>
    public static LocalizedText Of(ScoreState state) => state switch
    {
        ScoreState.Prefilled => new("Terisi dari data, belum dikonfirmasi", "Prefilled from data, not confirmed"),
        ScoreState.Confirmed => new("Dikonfirmasi", "Confirmed"),
        ScoreState.Overridden => new("Diganti penilai", "Overridden"),
        _ => new("Nilai penilai", "Evaluator's score"),
    };

    /// <summary>A finding's kind.</summary>
    public static LocalizedText Of(FindingKind kind) => kind switch
    {
        FindingKind.Strength => new("Kekuatan", "Strength"),
        FindingKind.Weakness => new("Kelemahan", "Weakness"),
        _ => new("Rekomendasi", "Recommendation"),
    };
}
