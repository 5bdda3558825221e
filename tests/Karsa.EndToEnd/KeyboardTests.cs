using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd;

/// <summary>Keyboard use: the skip link comes first and takes focus past the header.</summary>
[Collection(BrowserTests.Name)]
public sealed class KeyboardTests(Browser browser, SqliteServer app) : IClassFixture<SqliteServer>
{
    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/masuk")]
    public async Task The_skip_link_is_the_first_tab_stop_shows_itself_and_moves_focus_to_main(string path)
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        await visitor.GoAsync(path);

        await visitor.Page.Keyboard.PressAsync("Tab");
        var skip = visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Langsung ke isi" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await visitor.CheckAsync("skip-link" + path.Replace('/', '-').TrimEnd('-'));

        await visitor.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();

        // The next Tab stop is in or after the page's content, not back in the header.
        await visitor.Page.Keyboard.PressAsync("Tab");
        Assert.True(
            await visitor.Page.EvaluateAsync<bool>(
                "() => { const main = document.querySelector('main'), now = document.activeElement; return main.contains(now) || (main.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; }"),
            $"After the skip link, Tab went back to {await visitor.Page.EvaluateAsync<string>("() => document.activeElement.outerHTML")}.");
    }
}
