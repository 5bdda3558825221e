using System.Net;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task First_start_loads_the_sample_and_answers_health_checks()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database);
        using var client = app.CreateClient();

        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());

        var plans = await Application.Plans.PlanFileUseCases.ListAsync(database.Db);
        Assert.True(plans.Succeeded);
        Assert.Contains(plans.Value.Versions, v => v.RegionCode == "33.13");
    }

    [Fact]
    public async Task The_sample_setting_off_leaves_the_database_empty()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var plans = await Application.Plans.PlanFileUseCases.ListAsync(database.Db);
        Assert.Empty(plans.Value!.Versions);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var client = app.CreateClient();
        var answer = await client.GetAsync(new Uri("/", UriKind.Relative));
        var csp = string.Join(' ', answer.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(',', answer.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_planner_signs_in_with_the_cookie_and_sees_their_region_link()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("perencana", Application.Access.Role.Planner, "33.13");
        using var client = await app.SignedInClientAsync("perencana");
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("href=\"/wilayah/33.13\"", home, StringComparison.Ordinal);
    }
}
