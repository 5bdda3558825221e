using System.Net;
using System.Text;
using Karsa.Application.Access;
using Karsa.Web.Tests.Portal;
using Karsa.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Karsa.Web.Tests.Ranking;

/// <summary>The national ranking page and its CSV/XLSX downloads: filters by province and cohort, the histogram with its table, ministry roles only.</summary>
public sealed class RankingPageTests
{
    private static readonly Dictionary<string, decimal> Scores = new() { ["33.13"] = 4m, ["33.72"] = 3m, ["35.07"] = 2m };

    private static async Task<long> SeedAsync(string database)
    {
        await PortalPlans.ImportAsync(database, PortalPlans.Adopted("33.13", "Karanganyar", "Jawa Tengah", 2021));
        await PortalPlans.ImportAsync(database, PortalPlans.Adopted("33.72", "Surakarta", "Jawa Tengah", 2017));
        await PortalPlans.ImportAsync(database, PortalPlans.Adopted("35.07", "Malang", "Jawa Timur", 2021));
        return await PublishedCycles.PublishedAsync(database, 2025, Scores);
    }

    private static List<List<string>> Rows(string html) =>
        [.. PortalPlans.Parse(html).QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList())];

    [Fact]
    public async Task The_ranking_filters_by_province_and_cohort_and_its_downloads_keep_the_filters()
    {
        using var database = TestDatabases.Sqlite();
        var cycle = await SeedAsync(database.Db);
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("penilai", Role.MinistryEvaluator);
        using var client = await app.SignedInClientAsync("penilai");
        var page = $"/nasional/evaluasi/{cycle}/peringkat";

        var all = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var rows = Rows(all);
        Assert.Equal([("1", "33.13", "Karanganyar", "4,00"), ("2", "33.72", "Surakarta", "3,00"), ("3", "35.07", "Malang", "2,00")],
            rows.Select(r => (r[0], r[1], r[2], r[3])));
        Assert.Equal(["4,00", "4,00", "4,00", "4,00", "4,00"], rows[0].Skip(4).Take(5));
        var document = PortalPlans.Parse(all);
        Assert.Equal($"/publik/33.13/evaluasi/{cycle}", document.QuerySelector("tbody a")!.GetAttribute("href"));
        Assert.Equal(["", "33", "35"], document.QuerySelectorAll("#provinsi option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "2017", "2021"], document.QuerySelectorAll("#angkatan option").Select(o => o.GetAttribute("value")));

        // Histogram: 4 bands of the 1-5 scale; 2 in [2, 3), 3 in [3, 4), 4 in the last band [4, 5].
        var histogram = document.QuerySelector("svg.histogram")!;
        Assert.Equal("Sebaran indeks keseluruhan", histogram.QuerySelector("title")!.TextContent);
        var bands = document.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").Select(r => (r.Children[0].TextContent.Trim(), r.Children[1].TextContent.Trim()));
        Assert.Equal([("1,00–2,00", "0"), ("2,00–3,00", "1"), ("3,00–4,00", "1"), ("4,00–5,00", "1")], bands);

        Assert.Equal(["33.13", "33.72"], Rows(await client.GetStringAsync(new Uri(page + "?provinsi=33", UriKind.Relative))).Select(r => r[1]));
        var cohort = await client.GetStringAsync(new Uri(page + "?angkatan=2021", UriKind.Relative));
        Assert.Equal([("1", "33.13"), ("2", "35.07")], Rows(cohort).Select(r => (r[0], r[1])));
        Assert.Contains($"peringkat.csv?angkatan=2021", cohort, StringComparison.Ordinal);

        var csv = await client.GetAsync(new Uri($"{page}.csv?provinsi=35", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("35.07", text, StringComparison.Ordinal);
        Assert.DoesNotContain("33.13", text, StringComparison.Ordinal);
        Assert.Equal("peringkat-evaluasi-2025.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);

        var xlsx = await client.GetAsync(new Uri($"{page}.xlsx?angkatan=2017", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task A_province_that_is_no_code_is_named_and_every_province_shown_without_a_crash()
    {
        using var database = TestDatabases.Sqlite();
        var cycle = await SeedAsync(database.Db);
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("penilai", Role.MinistryEvaluator);
        using var client = await app.SignedInClientAsync("penilai");

        var answer = await client.GetAsync(new Uri($"/nasional/evaluasi/{cycle}/peringkat?provinsi=Jawa", UriKind.Relative));
        var html = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains("Provinsi &#x27;Jawa&#x27; bukan kode provinsi", html, StringComparison.Ordinal);
        Assert.Equal(3, Rows(html).Count);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.GetAsync(new Uri($"/nasional/evaluasi/{cycle}/peringkat.csv?provinsi=Jawa", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/nasional/evaluasi/999/peringkat", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Only_ministry_roles_reach_the_ranking_and_its_downloads()
    {
        using var database = TestDatabases.Sqlite();
        var cycle = await SeedAsync(database.Db);
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("perencana", Role.Planner, "33.13");
        using var planner = await app.SignedInClientAsync("perencana");
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var path in new[] { $"/nasional/evaluasi/{cycle}/peringkat", $"/nasional/evaluasi/{cycle}/peringkat.csv", $"/nasional/evaluasi/{cycle}/peringkat.xlsx" })
        {
            var byPlanner = await planner.GetAsync(new Uri(path, UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.OK, byPlanner.StatusCode);
            Assert.DoesNotContain("33.13", await byPlanner.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var byAnonymous = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, byAnonymous.StatusCode);
            Assert.Contains("/masuk", byAnonymous.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }
}
