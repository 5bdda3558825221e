using System.Text.RegularExpressions;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd;

/// <summary>What a visitor without an account sees: the portal home, the language switch, the sign-in page.</summary>
[Collection(BrowserTests.Name)]
public sealed class AnonymousVisitorTests(Browser browser, SqliteServer app) : IClassFixture<SqliteServer>
{
    [SkippableFact]
    public async Task The_home_page_speaks_Indonesian_and_passes_axe()
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        var answer = await visitor.GoAsync("/");

        Assert.Equal(200, answer.Status);
        Assert.Equal("id", await visitor.Page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Masterplan Smart City yang terbit");
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" })).ToBeVisibleAsync();
        await visitor.CheckAsync("home");
    }

    [SkippableFact]
    public async Task The_language_switch_goes_to_English_and_back_on_the_same_page()
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        await visitor.GoAsync("/masuk");

        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(visitor.Page).ToHaveURLAsync(new Regex("/masuk$"));
        Assert.Equal("en", await visitor.Page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await Assertions.Expect(visitor.Page.GetByLabel("User name", new() { Exact = true })).ToBeVisibleAsync();
        await visitor.CheckAsync("sign-in-en");

        // The choice is remembered: another page is in English too.
        await visitor.GoAsync("/");
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Published Smart City masterplans");
        await visitor.CheckAsync("home-en");

        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        Assert.Equal("id", await visitor.Page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Masterplan Smart City yang terbit");
        await visitor.CheckAsync("home-back-to-id");
    }

    [SkippableFact]
    public async Task The_sign_in_page_is_reached_from_the_header_and_labels_its_fields()
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        await visitor.GoAsync("/");

        await visitor.Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Masuk" }).ClickAsync();
        await Assertions.Expect(visitor.Page).ToHaveURLAsync(new Regex("/masuk\\?ReturnUrl=%2F$"));
        await Assertions.Expect(visitor.Page.GetByLabel("Nama pengguna", new() { Exact = true })).ToBeEditableAsync();
        await Assertions.Expect(visitor.Page.GetByLabel("Kata sandi", new() { Exact = true })).ToHaveAttributeAsync("type", "password");
        await visitor.CheckAsync("sign-in", forDocs: true);
    }

    [SkippableFact]
    public async Task A_wrong_password_shows_the_error_keeps_the_user_name_and_clears_the_password()
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        await visitor.GoAsync("/masuk");

        await SignIn.SubmitAsync(visitor.Page, KarsaServer.Planner, "bukan-sandinya-123");

        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nama pengguna atau kata sandi salah.");
        await Assertions.Expect(visitor.Page.GetByLabel("Nama pengguna", new() { Exact = true })).ToHaveValueAsync(KarsaServer.Planner);
        await Assertions.Expect(visitor.Page.GetByLabel("Kata sandi", new() { Exact = true })).ToHaveValueAsync("");
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Keluar" })).ToHaveCountAsync(0);
        await visitor.CheckAsync("sign-in-wrong-password");
    }

    [SkippableFact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_the_plan_editor()
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        await visitor.GoAsync($"/wilayah/{KarsaServer.Region}/rencana");

        await Assertions.Expect(visitor.Page).ToHaveURLAsync(new Regex("/masuk\\?ReturnUrl=%2Fwilayah%2F33.13%2Frencana"));
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Masuk");
        await visitor.CheckAsync("editor-anonymous-sent-to-sign-in");
    }

    [SkippableFact]
    public async Task The_API_documentation_loads_everything_from_the_app_and_passes_axe()
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        await visitor.GoAsync("/");
        await visitor.Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "API" }).ClickAsync();

        await Assertions.Expect(visitor.Page).ToHaveURLAsync(new Regex("/docs/?$"));
        await Assertions.Expect(visitor.Page).ToHaveTitleAsync("Karsa API");
        await Assertions.Expect(visitor.Page.GetByText(EveryPageTests.ReadyWhen["/docs"]).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await visitor.CheckAsync("api-docs");
    }
}
