using System.Net;
using System.Text.Json;
using static Karsa.Web.Tests.Api.PlanApiHost;

namespace Karsa.Web.Tests.Api;

/// <summary>The API's concurrency and paging behaviour, run on SQLite and on PostgreSQL.</summary>
internal static class PlanApiScenarios
{
    /// <summary>
    /// Two planners read the same draft and each adds a programme: the second, stale, gets 412 and the
    /// draft keeps the first's change; after reading again (re-basing) the second's change lands too.
    /// </summary>
    public static async Task StaleUpdateIsRefusedAndLosesNothingAsync(TestDatabase database)
    {
        await using var host = await StartAsync(database);
        var (_, seen) = await ReadAsync(host.Planner, At("draft"));

        var first = await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Put, At("draft/programmes/GOV-02"), seen, Json(Programme("GOV-02"))), HttpStatusCode.OK);
        var stale = await SendAsync(host.Planner, HttpMethod.Put, At("draft/programmes/GOV-03"), seen, Json(Programme("GOV-03")));
        await ExpectAsync(stale, HttpStatusCode.PreconditionFailed);
        var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(412, problem.GetProperty("status").GetInt32());

        var (afterConflict, etag) = await ReadAsync(host.Planner, At("draft"));
        Assert.Equal(first, etag);
        Assert.Contains("\"GOV-02\"", afterConflict, StringComparison.Ordinal);
        Assert.DoesNotContain("\"GOV-03\"", afterConflict, StringComparison.Ordinal);

        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Put, At("draft/programmes/GOV-03"), etag, Json(Programme("GOV-03"))), HttpStatusCode.OK);
        var (rebased, _) = await ReadAsync(host.Planner, At("draft"));
        Assert.Contains("\"GOV-02\"", rebased, StringComparison.Ordinal);
        Assert.Contains("\"GOV-03\"", rebased, StringComparison.Ordinal);
    }

    /// <summary>Every update without If-Match is refused with 428 and changes nothing.</summary>
    public static async Task UpdatesWithoutIfMatchAreRefusedAsync(TestDatabase database)
    {
        await using var host = await StartAsync(database);
        var (before, etag) = await ReadAsync(host.Planner, At("draft"));
        var updates = new (HttpMethod Method, string Path, Func<HttpContent?> Body)[]
        {
            (HttpMethod.Put, At("draft"), () => Json(PlanJson())),
            (HttpMethod.Post, At("draft/edits"), () => Json("""[{"op": "set", "path": "vision", "value": "Visi baru"}]""")),
            (HttpMethod.Put, At("draft/programmes/GOV-02"), () => Json(Programme("GOV-02"))),
            (HttpMethod.Delete, At("draft/programmes/GOV-01"), () => null),
            (HttpMethod.Post, At("versions/1/publish"), () => null),
            (HttpMethod.Post, At("import"), () => Upload(PlanJson(), "rencana.json")),
        };
        foreach (var (method, path, body) in updates)
        {
            var answer = await SendAsync(host.Planner, method, path, null, body());
            await ExpectAsync(answer, HttpStatusCode.PreconditionRequired);
            Assert.Contains("If-Match", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal((before, etag), await ReadAsync(host.Planner, At("draft")));
    }

    /// <summary>The same PUT twice: the second answers 200 "unchanged" with the same ETag, even with the If-Match the first one made stale.</summary>
    public static async Task PutIsIdempotentAsync(TestDatabase database)
    {
        await using var host = await StartAsync(database);
        var (_, seen) = await ReadAsync(host.Planner, At("draft"));
        var plan = PlanJson(Testing.SamplePlans.Adopted() with { Vision = new("Karanganyar cerdas") });

        var first = await SendAsync(host.Planner, HttpMethod.Put, At("draft"), seen, Json(plan));
        var etag = await ExpectAsync(first, HttpStatusCode.OK);
        Assert.Equal("draftReplaced", Outcome(await first.Content.ReadAsStringAsync()));
        var second = await SendAsync(host.Planner, HttpMethod.Put, At("draft"), seen, Json(plan));
        Assert.Equal(etag, await ExpectAsync(second, HttpStatusCode.OK));
        Assert.Equal("unchanged", Outcome(await second.Content.ReadAsStringAsync()));

        var programme = await SendAsync(host.Planner, HttpMethod.Put, At("draft/programmes/GOV-02"), etag, Json(Programme("GOV-02")));
        var added = await ExpectAsync(programme, HttpStatusCode.OK);
        var again = await SendAsync(host.Planner, HttpMethod.Put, At("draft/programmes/GOV-02"), etag, Json(Programme("GOV-02")));
        Assert.Equal(added, await ExpectAsync(again, HttpStatusCode.OK));
        Assert.Equal("unchanged", Outcome(await again.Content.ReadAsStringAsync()));
        var (draft, _) = await ReadAsync(host.Planner, At("draft"));
        Assert.Single(JsonDocument.Parse(draft).RootElement.GetProperty("programmes").EnumerateArray(), p => p.GetProperty("code").GetString() == "GOV-02");
    }

    /// <summary>Three versions listed two at a time: the pages hold versions 1-2 and 3, and each says the total.</summary>
    public static async Task VersionsArePagedAsync(TestDatabase database)
    {
        await using var host = await StartAsync(database);
        await host.PublishAsync(1);
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Post, At("drafts")), HttpStatusCode.Created);
        await host.PublishAsync(2);
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Post, At("drafts")), HttpStatusCode.Created);

        var first = JsonDocument.Parse((await ReadAsync(host.Planner, At("versions?offset=0&limit=2"))).Text).RootElement;
        var second = JsonDocument.Parse((await ReadAsync(host.Planner, At("versions?offset=2&limit=2"))).Text).RootElement;
        Assert.Equal(new[] { 1, 2 }, first.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(new[] { 3 }, second.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.All(new[] { first, second }, page => Assert.Equal(3, page.GetProperty("total").GetInt32()));
        Assert.Equal(new[] { "published", "published", "draft" },
            first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(v => v.GetProperty("state").GetString()));
    }

    /// <summary>A multipart upload of a plan file named <paramref name="fileName"/>.</summary>
    public static MultipartFormDataContent Upload(string text, string fileName) =>
        new() { { new StringContent(text), "file", fileName } };

    /// <summary>The outcome a save answered.</summary>
    public static string? Outcome(string answer) => JsonDocument.Parse(answer).RootElement.GetProperty("outcome").GetString();
}
