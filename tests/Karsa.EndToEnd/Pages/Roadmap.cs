using System.Text.RegularExpressions;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Pages;

/// <summary>
/// The roadmap workspace (<c>/wilayah/{region}/peta-jalan</c>), its job pages (<c>/pekerjaan/{id}</c>) and
/// results (<c>.../peta-jalan/hasil/{id}</c>, <c>.../peta-jalan/banding/{id}</c>), by their Indonesian labels.
/// </summary>
public sealed class Roadmap(Visitor visitor, string region)
{
    private IPage Page => visitor.Page;

    /// <summary>The workspace's path.</summary>
    public string Path => $"/wilayah/{region}/peta-jalan";

    /// <summary>Opens the workspace.</summary>
    public async Task OpenAsync() => Assert.Equal(200, (await visitor.GoAsync(Path)).Status);

    /// <summary>
    /// From the workspace, runs the optimizer on the plan's own ceilings and watches its job page: the
    /// progress bar and the state show while it works, then the page moves on to the result, the Gantt by term.
    /// </summary>
    public async Task RunAndWatchAsync(int timeLimitSeconds)
    {
        var run = Page.GetByRole(AriaRole.Region, new() { Name = "Susun peta jalan" });
        await run.GetByLabel("Skenario", new() { Exact = true }).SelectOptionAsync("");
        await run.GetByLabel("Batas waktu (detik)", new() { Exact = true }).FillAsync(timeLimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await run.GetByLabel("Cara", new() { Exact = true }).SelectOptionAsync("optimal");
        await run.GetByRole(AriaRole.Button, new() { Name = "Jalankan" }).ClickAsync();
        await new Job(visitor, region).FollowAsync("Penyusunan peta jalan");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Hasil peta jalan"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Tahun pelaksanaan tiap program; warna menunjukkan jangka" })).ToBeVisibleAsync();
    }

    /// <summary>From the workspace, compares the plan's own ceilings with <paramref name="scenario"/> side by side and opens the comparison.</summary>
    public async Task CompareScenarioAsync(string scenario)
    {
        var compare = Page.GetByRole(AriaRole.Region, new() { Name = "Bandingkan dua skenario" });
        await compare.GetByLabel("Skenario pertama", new() { Exact = true }).SelectOptionAsync("");
        await compare.GetByLabel("Skenario kedua", new() { Exact = true }).SelectOptionAsync(scenario);
        await compare.GetByRole(AriaRole.Button, new() { Name = "Bandingkan" }).ClickAsync();
        await new Job(visitor, region).FollowAsync("Perbandingan skenario");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Perbandingan skenario"));
        var sideBySide = Page.GetByRole(AriaRole.Table, new() { Name = "Ringkasan kedua sisi" });
        await Assertions.Expect(sideBySide.GetByRole(AriaRole.Columnheader, new() { Name = scenario, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(sideBySide.GetByRole(AriaRole.Columnheader, new() { Name = "Pagu rencana", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>On a roadmap result, adopts it into the draft and expects the page to say so.</summary>
    public async Task AdoptAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Adopsi peta jalan ini ke draf" }).ClickAsync();
        await Assertions.Expect(Page.GetByText(new Regex("^Peta jalan diadopsi ke draf versi \\d+\\.$"))).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Adopsi peta jalan ini ke draf" })).ToHaveCountAsync(0);
    }
}
