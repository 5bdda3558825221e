using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd;

/// <summary>Pages fit a phone and stay light (the issue: modest hardware, slow connections, under 200 KB without images).</summary>
[Collection(BrowserTests.Name)]
public sealed class LayoutTests(Browser browser, SqliteServer app) : IClassFixture<SqliteServer>
{
    private const int MaxPageBytes = 200 * 1024;

    [SkippableTheory]
    [InlineData("/", "phone-home")]
    [InlineData("/masuk", "phone-sign-in")]
    public async Task On_a_phone_the_page_needs_no_sideways_scrolling_and_passes_axe(string path, string screenshot)
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server, Visitor.Phone);
        await visitor.GoAsync(path);

        await visitor.AssertFitsTheWindowAsync();
        await visitor.CheckAsync(screenshot);
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/masuk")]
    public async Task A_page_with_its_styles_and_scripts_weighs_under_200_KB(string path)
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        var responses = new List<IResponse>();
        visitor.Page.Response += (_, response) => responses.Add(response);
        await visitor.GoAsync(path);
        await visitor.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var sizes = new List<(string Url, int Bytes)>();
        foreach (var response in responses.Where(r => r.Request.ResourceType != "image" && r.Status < 300))
        {
            sizes.Add((response.Url, (await response.BodyAsync()).Length));
        }

        Assert.Contains(sizes, s => s.Url.Contains("/css/karsa.css", StringComparison.Ordinal));
        var total = sizes.Sum(s => s.Bytes);
        Assert.True(total < MaxPageBytes, $"{path} weighs {total} bytes: " + string.Join(", ", sizes.Select(s => $"{s.Url} {s.Bytes}")));
    }
}
