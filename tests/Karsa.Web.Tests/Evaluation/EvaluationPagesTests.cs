using System.Net;
using System.Text.RegularExpressions;
using Karsa.Application.Access;
using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Web.Tests.Editor;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Evaluation;

/// <summary>
/// The evaluation pages: the ministry creates a cycle and edits its instrument (errors at their fields,
/// what was typed kept), a region's planner answers with evidence, the evaluator verifies and writes
/// findings, the ministry publishes and the region reads its index and downloads its report; another
/// region and the evaluator are refused.
/// </summary>
public sealed partial class EvaluationPagesTests
{
    private static readonly Actor Ministry = new("kemen", Role.MinistryEvaluator, null, null);

    [Fact]
    public async Task The_ministry_creates_a_cycle_after_field_errors_that_keep_what_was_typed_then_edits_the_instrument_and_opens_it()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("kemen", Role.MinistryEvaluator);
        using var client = await app.SignedInClientAsync("kemen");
        var list = await EditorForm.OpenAsync(client, "/nasional/evaluasi");

        using var wrong = await list.PostAsync(client, "/nasional/evaluasi", new Dictionary<string, string>
        {
            ["Fields.Year"] = "2025",
            ["Fields.Title"] = " ",
            ["Fields.Preset"] = WeightPresets.ResultsFocused.Key,
            ["Fields.Baseline"] = "sepuluh",
        });
        var refused = await EditorForm.ReadAsync(wrong);
        using var created = await list.PostAsync(client, "/nasional/evaluasi", new Dictionary<string, string>
        {
            ["Fields.Year"] = "2025",
            ["Fields.Title"] = "Evaluasi 2025",
            ["Fields.Preset"] = WeightPresets.Balanced.Key,
        });
        var cyclePath = created.Headers.Location!.OriginalString;
        var cycle = await EditorForm.OpenAsync(client, cyclePath);
        var fields = cycle.Shown();
        fields["Instrument.Weights[impact]"] = "20";
        using var badWeights = await cycle.PostAsync(client, cyclePath + "?handler=Instrument", fields);
        var badHtml = await badWeights.Content.ReadAsStringAsync();
        fields["Instrument.Weights[impact]"] = "30";
        fields["Instrument.Questions[8].Code"] = "IMP-02";
        fields["Instrument.Questions[8].Text"] = "Kepuasan warga terhadap layanan daring diukur";
        fields["Instrument.Questions[8].EvaluationDimension"] = nameof(EvaluationDimension.Impact);
        using var saved = await cycle.PostAsync(client, cyclePath + "?handler=Instrument", fields);
        using var opened = await cycle.PostAsync(client, cyclePath + "?handler=Move", new Dictionary<string, string> { ["move"] = "open" });
        var after = await client.GetStringAsync(new Uri(cyclePath, UriKind.Relative));
        var listed = await client.GetStringAsync(new Uri("/nasional/evaluasi", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("KRS007", refused.MessageAt("Fields.Title"), StringComparison.Ordinal);
        Assert.Contains("sepuluh", refused.MessageAt("Fields.Baseline"), StringComparison.Ordinal);
        Assert.Equal("sepuluh", refused.Value("Fields.Baseline"));
        Assert.Equal("2025", refused.Value("Fields.Year"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Matches("^/nasional/evaluasi/[0-9]+$", cyclePath);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badWeights.StatusCode);
        Assert.Contains("KRS130", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"20\"", badHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("IMP-02", after, StringComparison.Ordinal);
        Assert.Contains("Penilaian mandiri dibuka", after, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Instrument", after, StringComparison.Ordinal);
        Assert.Contains("Evaluasi 2025", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_planner_answers_with_an_evidence_file_a_wrong_file_is_refused_at_its_question_and_others_are_refused()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("ani", Role.Planner, "33.13");
        await app.CreateUserAsync("budi", Role.Planner, "33.14");
        await app.CreateUserAsync("kemen", Role.MinistryEvaluator);
        var id = await OpenCycleAsync(database.Db);
        var page = $"/wilayah/33.13/evaluasi/{id}";
        using var ani = await app.SignedInClientAsync("ani");
        using var budi = await app.SignedInClientAsync("budi");
        using var kemen = await app.SignedInClientAsync("kemen");
        var token = KarsaWebFactory.AntiforgeryToken(await ani.GetStringAsync(new Uri(page, UriKind.Relative)));

        using var wrongFile = await PostAnswersAsync(ani, page, token, "bukti.exe");
        var wrongHtml = await wrongFile.Content.ReadAsStringAsync();
        using var saved = await PostAnswersAsync(ani, page, token, "perbup-smart-city.pdf");
        var after = await ani.GetStringAsync(new Uri(page, UriKind.Relative));
        var evidence = EvidenceLink().Match(after).Value;
        using var download = await ani.GetAsync(new Uri(evidence, UriKind.Relative));
        using var otherRegion = await budi.GetAsync(new Uri(page, UriKind.Relative));
        var evaluatorToken = KarsaWebFactory.AntiforgeryToken(await kemen.GetStringAsync(new Uri(page, UriKind.Relative)));
        using var evaluatorWrites = await PostAnswersAsync(kemen, page, evaluatorToken, "perbup-smart-city.pdf");
        var evaluatorView = await kemen.GetStringAsync(new Uri($"/nasional/evaluasi/{id}/33.13", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongFile.StatusCode);
        Assert.Contains("KRS113", Regex.Match(wrongHtml, "id=\"q-BAS-01-file-error\"[^<]*").Value, StringComparison.Ordinal);
        Assert.Contains("Perbup ditetapkan 2024", wrongHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"3,5\"", after, StringComparison.Ordinal);
        Assert.NotEmpty(evidence);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("%PDF-", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, otherRegion.StatusCode);
        Assert.Contains("/ditolak", otherRegion.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, evaluatorWrites.StatusCode);
        Assert.Contains(evidence, evaluatorView, StringComparison.Ordinal);
        Assert.Contains("Perbup ditetapkan 2024", evaluatorView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evaluator_verifies_and_writes_findings_the_ministry_publishes_and_the_region_reads_its_index_and_report()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("ani", Role.Planner, "33.13");
        await app.CreateUserAsync("kemen", Role.MinistryEvaluator);
        var id = await OpenCycleAsync(database.Db);
        var answered = await SelfAssessmentUseCase.SaveAsync(database.Db, new Actor("ani", Role.Planner, new RegionCode("33.13"), null), id, new RegionCode("33.13"),
            [new AnswerDraft(new QuestionCode("BAS-01"), 4m, "Perbup ada", [], [])], DateTimeOffset.UtcNow);
        Assert.True(answered.Succeeded, answered.Error?.Message.Indonesian);
        Assert.True((await CycleUseCases.MoveAsync(database.Db, Ministry, id, EvaluationAction.StartVerification, DateTimeOffset.UtcNow)).Succeeded);
        using var kemen = await app.SignedInClientAsync("kemen");
        var path = $"/nasional/evaluasi/{id}/33.13";
        var form = await EditorForm.OpenAsync(kemen, path);
        var scores = form.Shown().Where(f => f.Key.StartsWith("Scores[", StringComparison.Ordinal))
            .Concat(form.Page.QuerySelectorAll("input[type=hidden][name$='.Question']").Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.GetAttribute("value")!)))
            .ToDictionary(f => f.Key, f => f.Value);
        foreach (var score in scores.Keys.Where(k => k.EndsWith(".Score", StringComparison.Ordinal)).ToList())
        {
            scores[score] = "3";
        }

        scores["Scores[0].Score"] = "tiga";
        using var wrong = await form.PostAsync(kemen, path + "?handler=Scores", scores);
        var refused = await EditorForm.ReadAsync(wrong);
        scores["Scores[0].Score"] = "3";
        scores["Scores[7].Score"] = "4";
        using var verified = await form.PostAsync(kemen, path + "?handler=Scores", scores);
        using var findings = await form.PostAsync(kemen, path + "?handler=Findings", new Dictionary<string, string>
        {
            ["Findings[0].Kind"] = "Strength",
            ["Findings[0].Text"] = "Perbup masterplan sudah ditetapkan",
            ["Findings[1].Kind"] = "Recommendation",
            ["Findings[1].Text"] = "Percepat realisasi anggaran",
            ["Findings[1].EvaluationDimension"] = "Output",
        });
        using var published = await form.PostAsync(kemen, $"/nasional/evaluasi/{id}?handler=Move", new Dictionary<string, string> { ["move"] = "publish" });
        using var ani = await app.SignedInClientAsync("ani");
        var result = await ani.GetStringAsync(new Uri($"/wilayah/33.13/evaluasi/{id}", UriKind.Relative));
        using var report = await ani.GetAsync(new Uri($"/wilayah/33.13/evaluasi/{id}/laporan.docx", UriKind.Relative));
        var bytes = await report.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal("tiga", refused.Value("Scores[0].Score"));
        Assert.Contains("KRS005", refused.Page.QuerySelector("td .field-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, findings.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        // Every dimension 3 except Quick Win 4: (10x3 + 20x3 + 30x3 + 30x3 + 10x4) / 100 = 3,10.
        Assert.Contains("<dd>3,10</dd>", result, StringComparison.Ordinal);
        Assert.Contains("<dd>1 dari 1</dd>", result, StringComparison.Ordinal);
        Assert.Contains("Percepat realisasi anggaran", result, StringComparison.Ordinal);
        Assert.Contains($"/publik/33.13/evaluasi/{id}", result, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", report.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(bytes, 0, 2));
    }

    private static async Task<long> OpenCycleAsync(string? database)
    {
        var created = await CycleUseCases.CreateAsync(database, Ministry, new NewCycle(new FiscalYear(2025), new LocalizedText("Evaluasi 2025"), WeightPresets.Balanced.Key),
            DateTimeOffset.UtcNow);
        Assert.True(created.Succeeded, created.Error?.Message.Indonesian);
        Assert.True((await CycleUseCases.MoveAsync(database, Ministry, created.Value.Id, EvaluationAction.OpenSelfAssessment, DateTimeOffset.UtcNow)).Succeeded);
        return created.Value.Id;
    }

    /// <summary>Answers BAS-01 (3,5, an explanation, one file named <paramref name="fileName"/> holding a PDF) and nothing else.</summary>
    private static Task<HttpResponseMessage> PostAnswersAsync(HttpClient client, string page, string token, string fileName)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("BAS-01"), "Answers[0].Question" },
            { new StringContent("3,5"), "Answers[0].Score" },
            { new StringContent("Perbup ditetapkan 2024"), "Answers[0].Explanation" },
            { new ByteArrayContent("%PDF-1.4\n% bukti uji\n"u8.ToArray()), "Answers[0].Upload", fileName },
            { new StringContent("BAS-02"), "Answers[1].Question" },
        };
        return client.PostAsync(new Uri(page, UriKind.Relative), form);
    }

    [GeneratedRegex("/wilayah/33\\.13/bukti/[0-9a-f]{32}")]
    private static partial Regex EvidenceLink();
}
