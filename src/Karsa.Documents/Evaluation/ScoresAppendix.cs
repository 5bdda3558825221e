using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;

namespace Karsa.Documents.Evaluation;

/// <summary>
/// The appendix: one table of every question of the instrument, by evaluation dimension, with its
/// weight, the region's self-assessed score, the verified score and the evaluator's note (for a score
/// derived from Karsa's data, also its source and whether it was confirmed or overridden).
/// </summary>
internal static class ScoresAppendix
{
    public static Chapter Build(EvaluationReportInput input, Wording w, int number)
    {
        var instrument = input.Cycle.Instrument;
        var evaluation = input.Evaluation;
        var columns = new TableColumn[]
        {
            new(w.T("Kode", "Code"), ColumnAlign.Center),
            new(w.T("Dimensi evaluasi", "Evaluation dimension"), Width: 2),
            new(w.T("Pertanyaan", "Question"), Width: 4),
            new(w.T("Bobot", "Weight"), ColumnAlign.Right),
            new(w.T("Nilai mandiri", "Self-assessed"), ColumnAlign.Right, 2),
            new(w.T("Nilai verifikasi", "Verified"), ColumnAlign.Right, 2),
            new(w.T("Catatan penilai", "Evaluator's note"), Width: 4),
        };
        var scale = $"{ReportNumbers.Exact(instrument.Scale.Minimum)}-{ReportNumbers.Exact(instrument.Scale.Maximum)}";
        var chapter = new ReportChapter(w, number, w.T("Lampiran: Nilai per Pertanyaan", "Appendix: Scores per Question"))
            .Text(w.T(
                $"Nilai pada skala {scale}; bobot pertanyaan relatif terhadap pertanyaan lain pada dimensinya. Tanda {IndexColumns.None} berarti tidak dinilai.",
                $"Scores on the scale {scale}; a question's weight is relative to the other questions of its dimension. A {IndexColumns.None} means not scored."))
            .Table(w.T("Nilai setiap pertanyaan", "Scores of each question"), columns,
                instrument.Questions.OrderBy(q => q.EvaluationDimension).Select(q => Row(q, evaluation, instrument.Scale, w)),
                compact: true);
        return chapter.Build();
    }

    private static TableRow Row(Question question, RegionEvaluation evaluation, AnswerScale scale, Wording w)
    {
        var self = evaluation.SelfAssessment.FirstOrDefault(a => a.Question == question.Code);
        var verified = evaluation.ScoreOf(question.Code);
        return new TableRow(
        [
            question.Code.Value,
            w.Of(question.EvaluationDimension.Name()),
            w.Of(question.Text),
            ReportNumbers.Exact(question.Weight),
            self is null ? IndexColumns.None : ReportNumbers.Score(self.Score, scale),
            verified is null ? IndexColumns.None : ReportNumbers.Score(verified.Score, scale),
            verified is null ? string.Empty : Note(verified, w),
        ]);
    }

    /// <summary>The evaluator's note; for a score derived from data, first its source and state: "Data: quick wins delivered: 4 of 5 (confirmed)".</summary>
    private static string Note(VerifiedScore score, Wording w)
    {
        var source = score.Source is { } s ? $"{w.T("Data", "Data")}: {w.Of(s.Description)} ({State(score.State, w)})" : null;
        return string.Join(". ", new[] { source, score.Note }.OfType<string>());
    }

    private static string State(ScoreState state, Wording w) => state switch
    {
        ScoreState.Prefilled => w.T("isian otomatis", "prefilled"),
        ScoreState.Confirmed => w.T("dikonfirmasi", "confirmed"),
        ScoreState.Overridden => w.T("diganti penilai", "overridden"),
        _ => w.T("penilai", "evaluator"),
    };
}
