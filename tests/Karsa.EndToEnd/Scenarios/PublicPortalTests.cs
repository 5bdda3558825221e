using System.Text.RegularExpressions;
using Karsa.EndToEnd.Pages;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Scenarios;

/// <summary>An anonymous visitor reads a published plan on the portal and cannot reach the editor.</summary>
[Collection(BrowserTests.Name)]
public sealed class PublicPortalTests(Browser browser, PublishedSqliteServer app) : IClassFixture<PublishedSqliteServer>
{
    [SkippableFact]
    public async Task An_anonymous_visitor_reads_the_published_plan_and_is_sent_to_sign_in_from_the_editor()
    {
        var chromium = browser.Require();
        var version = app.PublishedVersion;
        await using var visitor = await Visitor.OpenAsync(chromium, app.Server);

        await visitor.GoAsync("/");
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Karanganyar" })).ToBeVisibleAsync();
        await visitor.CheckAsync("home-published", forDocs: true);

        var plan = new PublicPlan(visitor, KarsaServer.Region);
        await plan.OpenFromHomeAsync("Karanganyar");
        await Assertions.Expect(plan.VersionLine(version)).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Masuk" })).ToBeVisibleAsync();
        await visitor.CheckAsync("public-plan", forDocs: true);

        await visitor.GoAsync($"/wilayah/{KarsaServer.Region}/rencana");
        await Assertions.Expect(visitor.Page).ToHaveURLAsync(new Regex("/masuk\\?ReturnUrl="));
        await visitor.CheckAsync("public-editor-sent-to-sign-in");
    }

    [SkippableFact]
    public async Task On_a_phone_the_home_page_with_a_published_plan_needs_no_sideways_scrolling()
    {
        await using var phone = await Visitor.OpenAsync(browser.Require(), app.Server, Visitor.Phone);
        await phone.GoAsync("/");
        await Assertions.Expect(phone.Page.GetByRole(AriaRole.Link, new() { Name = "Karanganyar" })).ToBeVisibleAsync();
        await phone.CheckAsync("phone-home-published");
        await phone.AssertFitsTheWindowAsync();
    }
}
