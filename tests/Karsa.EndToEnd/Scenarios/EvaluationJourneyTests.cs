using Karsa.Application.Access;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Scenarios;

/// <summary>
/// The ministry's evaluation in the browser (issue #12, item 5): the ministry creates a cycle and opens it,
/// the region's planner fills the self-assessment with one evidence file, the evaluator prefills from
/// Karsa's data, verifies and writes findings, the ministry publishes, and the region reads its index
/// and downloads its DOCX report.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EvaluationJourneyTests(Browser browser, PublishedSqliteServer app) : IClassFixture<PublishedSqliteServer>
{
    private const string Evaluator = "penilai-kemendagri";

    [SkippableFact]
    public async Task A_cycle_goes_from_creation_to_the_region_s_published_index_and_report()
    {
        var chromium = browser.Require();
        await app.Server.CreateUserAsync(Evaluator, Role.MinistryEvaluator);
        await using var ministry = await Visitor.OpenAsync(chromium, app.Server);
        await SignIn.AsAsync(ministry, Evaluator);
        await using var planner = await Visitor.OpenAsync(chromium, app.Server);
        await SignIn.AsAsync(planner, KarsaServer.Planner);
        var page = ministry.Page;

        // The ministry creates the cycle and opens the self-assessment.
        await ministry.GoAsync("/nasional/evaluasi");
        await page.GetByLabel("Tahun anggaran yang dievaluasi").FillAsync("2025");
        await page.GetByLabel("Judul (Indonesia)").FillAsync("Evaluasi Smart City 2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat siklus" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("draf");
        var cycle = new Uri(page.Url).AbsolutePath;
        await ministry.CheckAsync("evaluation-cycle-draft", forDocs: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Buka penilaian mandiri" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Penilaian mandiri dibuka");

        // The region's planner answers every question, with one evidence file.
        var own = $"/wilayah/{KarsaServer.Region}/evaluasi";
        await planner.GoAsync(own);
        await planner.Page.GetByRole(AriaRole.Link, new() { Name = "Evaluasi Smart City 2025" }).ClickAsync();
        var scores = planner.Page.Locator("input[name$='.Score']");
        for (var i = 0; i < await scores.CountAsync(); i++)
        {
            await scores.Nth(i).FillAsync(i % 2 == 0 ? "4" : "3,5");
        }

        await planner.Page.GetByLabel("Penjelasan BAS-01").FillAsync("Peraturan Bupati tentang masterplan smart city ditetapkan 2024.");
        await planner.Page.GetByLabel("Tambah bukti BAS-01").SetInputFilesAsync(new FilePayload
        {
            Name = "perbup-masterplan.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n% Perbup masterplan smart city\n"u8.ToArray(),
        });
        await planner.Page.GetByRole(AriaRole.Button, new() { Name = "Simpan penilaian mandiri" }).ClickAsync();
        await Assertions.Expect(planner.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("disimpan");
        await Assertions.Expect(planner.Page.GetByRole(AriaRole.Link, new() { Name = "Bukti 1 BAS-01 (unduh)" })).ToBeVisibleAsync();
        await planner.CheckAsync("evaluation-self-assessment", forDocs: true);

        // The evaluator starts verification, prefills from data, confirms or scores each question and writes findings.
        await ministry.GoAsync(cycle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tutup penilaian mandiri dan mulai verifikasi" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = KarsaServer.Region, Exact = false }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Isi dari data" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("diisi dari data");
        var confirms = page.GetByLabel("Konfirmasi nilai dari data");
        for (var i = 0; i < await confirms.CountAsync(); i++)
        {
            await confirms.Nth(i).CheckAsync();
        }

        var verified = page.Locator("input[name$='.Score']");
        for (var i = 0; i < await verified.CountAsync(); i++)
        {
            if ((await verified.Nth(i).InputValueAsync()).Length == 0)
            {
                await verified.Nth(i).FillAsync("3");
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan nilai" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("disimpan");
        await page.GetByLabel("Teks Indonesia temuan 1").FillAsync("Masterplan sudah ditetapkan dengan peraturan bupati.");
        await page.GetByLabel("Jenis temuan 2").SelectOptionAsync("Recommendation");
        await page.GetByLabel("Teks Indonesia temuan 2").FillAsync("Percepat realisasi anggaran program quick win.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan temuan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("disimpan");
        await ministry.CheckAsync("evaluation-verification", forDocs: true);

        // The ministry publishes; the region reads its index and downloads its report.
        await ministry.GoAsync(cycle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan hasil" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Terbit");
        await planner.GoAsync($"{own}/{cycle[(cycle.LastIndexOf('/') + 1)..]}");
        await Assertions.Expect(planner.Page.Locator("dl.key-figures")).ToContainTextAsync("Indeks keseluruhan");
        await Assertions.Expect(planner.Page.Locator("dl.key-figures")).ToContainTextAsync("1 dari 1");
        await Assertions.Expect(planner.Page.GetByText("Percepat realisasi anggaran program quick win.")).ToBeVisibleAsync();
        await planner.CheckAsync("evaluation-result", forDocs: true);
        var download = await planner.Page.RunAndWaitForDownloadAsync(() => planner.Page.GetByRole(AriaRole.Link, new() { Name = "Unduh laporan (DOCX)" }).ClickAsync());
        var report = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), report[..2]);
    }
}
