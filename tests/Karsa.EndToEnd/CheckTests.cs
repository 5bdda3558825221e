using Karsa.EndToEnd.Support;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Karsa.EndToEnd;

/// <summary>The checks the browser tests rely on can fail: axe names violations without any network, and a refused script is caught.</summary>
[Collection(BrowserTests.Name)]
public sealed class CheckTests(Browser browser, SqliteServer app) : IClassFixture<SqliteServer>
{
    private const string InaccessiblePage = """
        <!DOCTYPE html><html lang="id"><head><title>Uji</title></head><body><main>
        <h1>Uji</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <form><input type="text" name="nama"></form>
        </main></body></html>
        """;

    [SkippableFact]
    public async Task Axe_runs_from_the_bundled_script_with_the_network_cut_and_lists_serious_violations()
    {
        await using var context = await browser.Require().NewContextAsync();
        var requests = new List<string>();
        await context.RouteAsync("**/*", route =>
        {
            requests.Add(route.Request.Url);
            return route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(InaccessiblePage);

        var failure = await Assert.ThrowsAsync<TrueException>(() => Accessibility.AssertAccessible(page));

        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" name=\"nama\">", failure.Message, StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    [SkippableFact]
    public async Task A_script_the_content_security_policy_refuses_fails_the_page_check()
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        await visitor.GoAsync("/masuk");
        await visitor.CheckAsync("check-before-inline-script");

        await visitor.Page.RunAndWaitForConsoleMessageAsync(
            () => visitor.Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.append(s); }"),
            new() { Predicate = message => message.Type == "error" });

        var failure = await Assert.ThrowsAsync<TrueException>(() => visitor.CheckAsync("check-inline-script-refused"));
        Assert.Contains("Content Security Policy", failure.Message, StringComparison.Ordinal);
        Assert.Null(await visitor.Page.EvaluateAsync<int?>("() => window.injected"));
    }
}
