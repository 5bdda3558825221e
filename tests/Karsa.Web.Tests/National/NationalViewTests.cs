using System.Net;
using System.Text.Json;
using Karsa.Application.Access;
using Karsa.Web.Tests.Portal;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.National;

/// <summary>The national view: every region's state and totals by province and cohort, for national roles only.</summary>
public sealed class NationalViewTests
{
    [Fact]
    public Task The_national_view_filters_by_province_and_cohort_on_sqlite() => Filters(TestDatabases.Sqlite());

    [SkippableFact]
    public Task The_national_view_filters_by_province_and_cohort_on_postgres() => Filters(TestDatabases.Postgres());

    [Fact]
    public async Task Only_national_roles_reach_the_national_view()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted());
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("perencana", Role.Planner, "33.13");
        var planner = await app.CreateUserAsync("perencana-api", Role.Planner, "33.13");
        using var page = await app.SignedInClientAsync("perencana");
        Assert.NotEqual(HttpStatusCode.OK, (await page.GetAsync(new Uri("/nasional", UriKind.Relative))).StatusCode);
        using var api = app.ApiClient(await app.CreateTokenAsync(planner));
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync(new Uri("/api/v1/national/regions", UriKind.Relative))).StatusCode);
        using var anonymous = app.ApiClient(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/national/regions", UriKind.Relative))).StatusCode);
    }

    private static async Task Filters(TestDatabase database)
    {
        using (database)
        {
            await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted("33.13", "Karanganyar", "Jawa Tengah", 2021));
            await PortalPlans.ImportAsync(database.Db, PublicPortalTests.WithDraftChange(PortalPlans.Adopted("33.13", "Karanganyar", "Jawa Tengah", 2021)));
            await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted("33.72", "Surakarta", "Jawa Tengah", 2017));
            await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted("35.07", "Malang", "Jawa Timur", 2021));
            await using var app = new KarsaWebFactory(database, loadSample: false);
            await app.CreateUserAsync("evaluator", Role.MinistryEvaluator);
            var apiUser = await app.CreateUserAsync("evaluator-api", Role.MinistryEvaluator);
            using var client = await app.SignedInClientAsync("evaluator");

            var all = PortalPlans.Parse(await client.GetStringAsync(new Uri("/nasional", UriKind.Relative)));
            var rows = all.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
            Assert.Equal(["33.13", "33.72", "35.07"], rows.Select(r => r[0]));
            Assert.Equal(["Draf", "2", "1"], rows[0].Skip(4).Take(3));
            Assert.Equal(["Draf", "1", "–"], rows[1].Skip(4).Take(3));
            Assert.Equal(["Terbit", "1", "1"], rows[2].Skip(4).Take(3));
            Assert.Equal("6", rows[0][7]);
            Assert.Equal(["", "2017", "2021"], all.QuerySelectorAll("#angkatan option").Select(o => o.GetAttribute("value")));

            var central2021 = PortalPlans.Parse(await client.GetStringAsync(new Uri("/nasional?provinsi=Jawa%20Tengah&angkatan=2021", UriKind.Relative)));
            Assert.Equal(["33.13"], central2021.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent.Trim()));

            using var api = app.ApiClient(await app.CreateTokenAsync(apiUser));
            using var page = JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/v1/national/regions?cohort=2021&offset=1&limit=1", UriKind.Relative)));
            Assert.Equal(2, page.RootElement.GetProperty("total").GetInt32());
            var item = Assert.Single(page.RootElement.GetProperty("items").EnumerateArray());
            Assert.Equal("35.07", item.GetProperty("code").GetString());
            Assert.Equal("published", item.GetProperty("state").GetString());
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/national/regions?province=Jawa%20Timur", UriKind.Relative))).StatusCode);
        }
    }
}
