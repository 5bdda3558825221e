using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;

namespace Karsa.Application.Evaluation;

/// <summary>
/// The questionnaire a new cycle starts with: at least one question per evaluation dimension (the
/// instrument needs one), the four that Karsa's data can prefill among them. The ministry edits it
/// while the cycle is a draft; nothing here is the ministry's official wording.
/// </summary>
public static class StarterQuestions
{
    /// <summary>The starter questions, in questionnaire order.</summary>
    public static ValueList<Question> All { get; } =
    [
        Ask("BAS-01", EvaluationDimension.Baseline, Dimension.Governance, null,
            "Masterplan smart city ditetapkan dengan peraturan kepala daerah", "The smart city masterplan is enacted by a regional head regulation"),
        Ask("BAS-02", EvaluationDimension.Baseline, null, null,
            "Kesiapan infrastruktur, SDM dan tata kelola telah dipetakan", "Readiness of infrastructure, people and governance has been assessed"),
        Ask("OUT-01", EvaluationDimension.Output, Dimension.Governance, null,
            "Dewan dan tim pelaksana smart city terbentuk dan bekerja", "The smart city council and team are formed and at work"),
        Ask("OUT-02", EvaluationDimension.Output, null, PrefillFact.BudgetRealised,
            "Anggaran program masterplan direalisasikan", "The masterplan programmes' budget is realised"),
        Ask("OUC-01", EvaluationDimension.Outcome, null, PrefillFact.ProgrammesOnSchedule,
            "Program masterplan berjalan sesuai jadwal", "The masterplan programmes run on schedule"),
        Ask("OUC-02", EvaluationDimension.Outcome, null, PrefillFact.IndicatorsReported,
            "Indikator kinerja dilaporkan", "Performance indicators are reported"),
        Ask("IMP-01", EvaluationDimension.Impact, Dimension.Society, null,
            "Manfaat layanan smart city dirasakan warga", "Citizens benefit from the smart city services"),
        Ask("QW-01", EvaluationDimension.QuickWin, null, PrefillFact.QuickWinsDelivered,
            "Quick win masterplan terlaksana", "The masterplan's quick wins are delivered"),
    ];

    private static Question Ask(string code, EvaluationDimension dimension, Dimension? smartCity, PrefillFact? prefill, string indonesian, string english) =>
        new(new QuestionCode(code), new LocalizedText(indonesian, english), dimension, 1m, smartCity, null, prefill);
}
