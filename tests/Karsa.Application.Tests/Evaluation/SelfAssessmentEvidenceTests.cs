using System.Text;
using Karsa.Application.Evaluation;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using static Karsa.Application.Tests.Evaluation.EvaluationParties;

namespace Karsa.Application.Tests.Evaluation;

/// <summary>
/// A self-assessment saved with several evidence files is all or nothing: every file is checked before
/// any is kept, every refusal is reported at its answer, and a refused save leaves no file and no answer.
/// </summary>
public sealed class SelfAssessmentEvidenceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("karsa-eval-evidence-").FullName;

    private string Db => Path.Combine(_folder, "karsa.db");

    private List<string> KeptFiles() => Directory.Exists(Path.Combine(_folder, "evidence"))
        ? [.. Directory.EnumerateFiles(Path.Combine(_folder, "evidence"), "*", SearchOption.AllDirectories)]
        : [];

    private static EvidenceUpload Pdf(string name, string text) => new(name, new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n" + text)));

    private static EvidenceUpload NotAPdf(string name) => new(name, new MemoryStream(Encoding.ASCII.GetBytes("hanya teks, bukan PDF")));

    private static AnswerDraft Answer(string question, params EvidenceUpload[] uploads) => new(new QuestionCode(question), 3m, "Ada dokumennya", [], uploads);

    [Fact]
    public async Task One_refused_file_keeps_none_of_the_saves_files_and_every_refusal_is_reported_at_its_answer()
    {
        var cycle = await OpenCycleAsync(Db);

        var refused = await SelfAssessmentUseCase.SaveAsync(Db, Planner, cycle, Karanganyar,
            [Answer("BAS-01", Pdf("perbup.pdf", "perbup")), Answer("BAS-02", NotAPdf("foto.pdf")), Answer("OUT-01", Pdf("laporan.pdf", "laporan"), NotAPdf("data.pdf"))], Now);

        Assert.False(refused.Succeeded);
        var paths = refused.Error!.Diagnostics.Select(d => d.Path).ToList();
        Assert.Equal(2, paths.Count);
        Assert.StartsWith("selfAssessment[1].evidence", paths[0], StringComparison.Ordinal);
        Assert.StartsWith("selfAssessment[2].evidence", paths[1], StringComparison.Ordinal);
        Assert.Empty(KeptFiles());
        var view = await AssessmentUseCases.GetAsync(Db, Planner, cycle, Karanganyar);
        Assert.True(view.Succeeded);
        Assert.Empty(view.Value!.Evaluation.SelfAssessment);
    }

    [Fact]
    public async Task When_every_file_passes_each_is_kept_and_listed_with_its_answer()
    {
        var cycle = await OpenCycleAsync(Db);

        var saved = await SelfAssessmentUseCase.SaveAsync(Db, Planner, cycle, Karanganyar,
            [Answer("BAS-01", Pdf("perbup.pdf", "perbup")), Answer("OUT-01", Pdf("laporan.pdf", "laporan"), Pdf("lampiran.pdf", "lampiran"))], Now);

        Assert.True(saved.Succeeded, saved.Error?.Message.English);
        Assert.Equal([1, 2], saved.Value.Evaluation.SelfAssessment.Select(a => a.Evidence.Count));
        Assert.Equal(3, KeptFiles().Count(f => !f.Contains(".staging", StringComparison.Ordinal)));
        Assert.DoesNotContain(KeptFiles(), f => f.Contains(".staging", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
