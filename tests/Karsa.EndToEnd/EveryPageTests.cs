using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd;

/// <summary>
/// Every page of the app, opened by someone allowed to read it, passes axe (no serious or critical
/// violation) and the other page checks of <see cref="Visitor.CheckAsync"/>. A new page is one more row in <see cref="Pages"/>.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EveryPageTests(Browser browser, EveryPageServer app) : IClassFixture<EveryPageServer>
{
    /// <summary>
    /// (path, who opens it). Who: <see cref="Who.Anonymous"/>, <see cref="Who.Planner"/>, <see cref="Who.Evaluator"/>,
    /// <see cref="Who.Administrator"/>. Placeholders: <c>{region}</c> (the sample's), <c>{roadmap-job}</c> and
    /// <c>{compare-job}</c> (finished jobs of the draft), <c>{user}</c> (a viewer's account), <c>{cycle}</c> (an evaluation cycle open for self-assessment), <c>{published}</c> (a published one). Version 1 is
    /// published and version 2 is the draft.
    /// </summary>
    public static TheoryData<string, string> Pages => new()
    {
        // Public: no account needed.
        { "/", Who.Anonymous },
        { "/publik/{region}", Who.Anonymous },
        { "/publik/{region}/peta-jalan", Who.Anonymous },
        { "/publik/{region}/buku.pdf", Who.Anonymous },
        { "/publik/{region}/indikator", Who.Anonymous },
        { "/publik/{region}/evaluasi/{published}", Who.Anonymous },
        { "/masuk", Who.Anonymous },
        { "/akun/sandi-pertama?user=admin&token=bukan-token", Who.Anonymous },
        { "/ditolak", Who.Anonymous },
        { "/galat", Who.Anonymous },
        { "/status/404", Who.Anonymous },
        { "/docs", Who.Anonymous },

        // A planner's own account and region.
        { "/akun", Who.Planner },
        { "/wilayah/{region}", Who.Planner },
        { "/wilayah/{region}/versi", Who.Planner },
        { "/wilayah/{region}/versi/banding?lama=1&baru=2", Who.Planner },
        { "/wilayah/{region}/buku", Who.Planner },
        { "/wilayah/{region}/buku/pdf", Who.Planner },
        { "/wilayah/{region}/berkas", Who.Planner },
        { "/wilayah/{region}/rencana", Who.Planner },
        { "/wilayah/{region}/rencana/program", Who.Planner },
        { "/wilayah/{region}/rencana/program/sunting", Who.Planner },
        { "/wilayah/{region}/rencana/program/sunting/GOV-01", Who.Planner },
        { "/wilayah/{region}/rencana/visi", Who.Planner },
        { "/wilayah/{region}/rencana/profil", Who.Planner },
        { "/wilayah/{region}/rencana/kesiapan", Who.Planner },
        { "/wilayah/{region}/rencana/swot", Who.Planner },
        { "/wilayah/{region}/rencana/strategi", Who.Planner },
        { "/wilayah/{region}/rencana/opd", Who.Planner },
        { "/wilayah/{region}/rencana/opd/sunting", Who.Planner },
        { "/wilayah/{region}/rencana/opd/sunting/DISKOMINFO", Who.Planner },
        { "/wilayah/{region}/rencana/indikator", Who.Planner },
        { "/wilayah/{region}/rencana/indikator/sunting", Who.Planner },
        { "/wilayah/{region}/rencana/indikator/sunting/ISO37120-5.1", Who.Planner },
        { "/wilayah/{region}/rencana/skenario", Who.Planner },
        { "/wilayah/{region}/rencana/skenario/sunting", Who.Planner },
        { "/wilayah/{region}/rencana/skenario/sunting/apbd-cut-20", Who.Planner },
        { "/wilayah/{region}/rencana/target", Who.Planner },
        { "/wilayah/{region}/rencana/pagu", Who.Planner },
        { "/wilayah/{region}/rencana/narasi/background", Who.Planner },
        { "/wilayah/{region}/rencana/buku", Who.Planner },
        { "/wilayah/{region}/rencana/bab", Who.Planner },
        { "/wilayah/{region}/rencana/sumber-dana", Who.Planner },
        { "/wilayah/{region}/rencana/sumber-dana/sunting", Who.Planner },
        { "/wilayah/{region}/rencana/model-nilai", Who.Planner },
        { "/wilayah/{region}/peta-jalan", Who.Planner },
        { "/wilayah/{region}/peta-jalan/hasil/{roadmap-job}", Who.Planner },
        { "/wilayah/{region}/peta-jalan/banding/{compare-job}", Who.Planner },
        { "/pekerjaan/{roadmap-job}", Who.Planner },
        { "/wilayah/{region}/kemajuan", Who.Planner },
        { "/wilayah/{region}/kemajuan/lembar", Who.Planner },
        { "/wilayah/{region}/kemajuan/pengaturan", Who.Planner },
        { "/wilayah/{region}/indikator/unggah", Who.Planner },
        { "/wilayah/{region}/kalender", Who.Planner },
        { "/wilayah/{region}/kewajiban", Who.Planner },
        { "/notifikasi", Who.Planner },
        // {cycle}: an evaluation cycle open for self-assessment.
        { "/wilayah/{region}/evaluasi", Who.Planner },
        { "/wilayah/{region}/evaluasi/{cycle}", Who.Planner },

        // A ministry evaluator reads every region.
        { "/nasional", Who.Evaluator },
        { "/nasional/evaluasi", Who.Evaluator },
        { "/nasional/evaluasi/{cycle}", Who.Evaluator },
        { "/nasional/evaluasi/{cycle}/{region}", Who.Evaluator },
        { "/nasional/evaluasi/{published}/peringkat", Who.Evaluator },

        // The system administrator manages accounts.
        { "/admin", Who.Administrator },
        { "/admin/audit", Who.Administrator },
        { "/admin/pengguna/{user}", Who.Administrator },
    };

    /// <summary>Pages drawn by scripts in the browser, and a text that shows once they are drawn.</summary>
    public static IReadOnlyDictionary<string, string> ReadyWhen { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/docs"] = "Karsa.Web | v1",
    };

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task The_page_opens_for_its_reader_and_passes_axe(string path, string who)
    {
        var chromium = browser.Require();
        var address = app.Fill(path);
        await using var visitor = await app.OpenAsync(chromium, who);

        var answer = await visitor.GoAsync(address);
        await visitor.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (ReadyWhen.TryGetValue(path, out var drawn))
        {
            await Assertions.Expect(visitor.Page.GetByText(drawn).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        }

        Assert.True(answer.Ok, $"{address} as {who} answered {answer.Status}.");
        var landed = new Uri(visitor.Page.Url).AbsolutePath.TrimEnd('/');
        Assert.True(landed == address.Split('?')[0].TrimEnd('/'), $"{address} as {who} led to {visitor.Page.Url}.");
        await visitor.CheckAsync("every-page" + address.Split('?')[0].Replace('/', '-').TrimEnd('-') + "-" + who);
    }
}
