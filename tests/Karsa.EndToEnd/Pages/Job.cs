using System.Text.RegularExpressions;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Pages;

/// <summary>A job's page (<c>/pekerjaan/{id}</c>): a roadmap solve, a scenario comparison or a PDF book, watched until it is done.</summary>
public sealed partial class Job(Visitor visitor, string region)
{
    private IPage Page => visitor.Page;

    /// <summary>
    /// On a job's page (where a form's post led): its title names <paramref name="kind"/>, the progress bar and the
    /// state show, and once the job is done the page (refreshing itself) offers its result, which this opens.
    /// </summary>
    public async Task FollowAsync(string kind)
    {
        await Assertions.Expect(Page).ToHaveURLAsync(JobPage());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{kind} · {region}");
        await Assertions.Expect(Page.GetByRole(AriaRole.Progressbar, new() { Name = "Kemajuan" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#job-state")).ToHaveTextAsync(new Regex("^(Menunggu|Berjalan|Selesai)$"));
        await visitor.CheckAsync("job-" + kind.Replace(' ', '-').ToLowerInvariant());

        // A generous watchdog only: the test fails instead of hanging when the job never finishes.
        var result = Page.GetByRole(AriaRole.Link, new() { Name = "Lihat hasil" });
        await Assertions.Expect(result).ToBeVisibleAsync(new() { Timeout = (float)KarsaServer.JobWatchdog.TotalMilliseconds });
        await Assertions.Expect(Page.Locator("#job-state")).ToHaveTextAsync("Selesai");
        await Assertions.Expect(Page.GetByRole(AriaRole.Progressbar, new() { Name = "Kemajuan" })).ToHaveAttributeAsync("value", "100");
        await visitor.CheckAsync("job-" + kind.Replace(' ', '-').ToLowerInvariant() + "-done");
        await result.ClickAsync();
    }

    [GeneratedRegex("/pekerjaan/[0-9a-f-]{36}$")]
    private static partial Regex JobPage();
}
