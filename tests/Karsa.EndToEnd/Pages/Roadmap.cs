using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Pages;

/// <summary>
/// The roadmap pages (<c>/wilayah/{region}/peta-jalan...</c> and <c>/pekerjaan/{id}</c>, branch web-jobs).
/// The labels here are the brief's wording, written before the pages existed: align them after merging.
/// </summary>
public sealed class Roadmap(Visitor visitor, string region)
{
    private IPage Page => visitor.Page;

    /// <summary>Opens the roadmap page; skips while it is not merged.</summary>
    public async Task OpenAsync() => Pending.SkipWhileMissing(await visitor.GoAsync($"/wilayah/{region}/peta-jalan"), "The roadmap page", "web-jobs");

    /// <summary>Starts a solve and watches its job page until it is done: progress shows, then the result.</summary>
    public async Task RunAndWatchAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Jalankan peta jalan" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/pekerjaan/"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Progressbar).Or(Page.GetByRole(AriaRole.Status))).ToBeVisibleAsync();
        // A generous watchdog only: the test fails instead of hanging when the job never finishes.
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Gantt" })).ToBeVisibleAsync(new() { Timeout = 180_000 });
    }

    /// <summary>Compares the baseline with <paramref name="scenario"/> side by side.</summary>
    public async Task CompareScenarioAsync(string scenario)
    {
        await Page.GetByLabel("Skenario", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = scenario });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bandingkan skenario" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Perbandingan skenario" })).ToBeVisibleAsync(new() { Timeout = 180_000 });
    }

    /// <summary>Adopts the roadmap shown.</summary>
    public async Task AdoptAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tetapkan peta jalan" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "ditetapkan" })).ToBeVisibleAsync();
    }
}
