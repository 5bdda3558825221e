using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd;

/// <summary>The same app on PostgreSQL (the ministry's setup): the sample loads, a planner signs in.</summary>
[Collection(BrowserTests.Name)]
public sealed class PostgresTests(Browser browser)
{
    [SkippableFact]
    public async Task On_PostgreSQL_a_planner_signs_in_and_the_pages_pass_axe()
    {
        var chromium = browser.Require();
        await using var server = await KarsaServer.StartAsync(TestDatabases.Postgres());
        await using var visitor = await Visitor.OpenAsync(chromium, server);

        await visitor.GoAsync("/");
        await visitor.CheckAsync("postgres-home");
        await SignIn.AsAsync(visitor, KarsaServer.Planner);

        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Wilayah saya" }))
            .ToHaveAttributeAsync("href", $"/wilayah/{KarsaServer.Region}");
        await visitor.CheckAsync("postgres-home-planner");
    }
}
