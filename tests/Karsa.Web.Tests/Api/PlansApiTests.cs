using System.Net;
using System.Text;
using System.Text.Json;
using Karsa.Application.Access;
using Karsa.Testing;
using static Karsa.Web.Tests.Api.PlanApiHost;
using static Karsa.Web.Tests.Api.PlanApiScenarios;

namespace Karsa.Web.Tests.Api;

public sealed class PlansApiTests
{
    [Fact]
    public async Task No_endpoint_changes_a_published_version()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        await host.PublishAsync(1);
        var published = await ReadAsync(host.Planner, At("versions/1"));
        var etag = published.ETag;

        // With no draft: edits of "the draft" are refused, a new plan becomes version 2, never version 1.
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Post, At("draft/edits"), etag,
            Json("""[{"op": "set", "path": "vision", "value": "Ubah"}]""")), HttpStatusCode.UnprocessableEntity);
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Put, At("draft/programmes/GOV-01"), etag, Json(Programme("GOV-01"))), HttpStatusCode.UnprocessableEntity);
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Delete, At("draft/programmes/GOV-01"), etag), HttpStatusCode.UnprocessableEntity);
        var again = await SendAsync(host.Planner, HttpMethod.Post, At("versions/1/publish"), etag);
        await ExpectAsync(again, HttpStatusCode.OK);
        Assert.True(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("alreadyPublished").GetBoolean());
        Assert.Equal(published, await ReadAsync(host.Planner, At("versions/1")));

        var changed = PlanJson(SamplePlans.Adopted() with { Vision = new("Visi lain") });
        var put = await SendAsync(host.Planner, HttpMethod.Put, At("draft"), etag, Json(changed));
        await ExpectAsync(put, HttpStatusCode.Created);
        Assert.Equal("newDraftVersion", Outcome(await put.Content.ReadAsStringAsync()));
        Assert.Equal(published, await ReadAsync(host.Planner, At("versions/1")));

        // With a draft (version 2): every change goes to it.
        string? draft = (await ReadAsync(host.Planner, At("draft"))).ETag;
        draft = await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Post, At("draft/edits"), draft,
            Json("""[{"op": "set", "path": "vision", "value": "Ubah"}]""")), HttpStatusCode.OK);
        draft = await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Put, At("draft/programmes/GOV-02"), draft, Json(Programme("GOV-02"))), HttpStatusCode.OK);
        draft = await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Delete, At("draft/programmes/GOV-02"), draft), HttpStatusCode.OK);
        var import = await SendAsync(host.Planner, HttpMethod.Post, At("import"), draft, Upload(PlanJson(SamplePlans.Adopted() with { Vision = new("Impor") }), "rencana.json"));
        await ExpectAsync(import, HttpStatusCode.OK);
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Post, At("drafts")), HttpStatusCode.OK);
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Put, At("draft"), etag, Json(changed)), HttpStatusCode.PreconditionFailed);
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Post, At("versions/1/publish"), draft), HttpStatusCode.OK);

        Assert.Equal(published, await ReadAsync(host.Planner, At("versions/1")));
        var list = JsonDocument.Parse((await ReadAsync(host.Planner, At("versions"))).Text).RootElement.GetProperty("items");
        Assert.Equal(new[] { "published", "draft" }, list.EnumerateArray().Select(v => v.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task An_invalid_plan_gives_422_with_code_path_and_place_and_stores_nothing()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        var (before, etag) = await ReadAsync(host.Planner, At("draft"));
        var yaml = "karsa: 2\nregion:\n  code: \"33.13\"\n  name: Karanganyar\n  kind: kabupaten\n  province: Jawa Tengah\ntitle: Rencana\nperiod: {first: 2022, last: 2031}\nprogrammes:\n  - code: GOV-01\n    name: Satu\n    dimension: governance\n    element: public-service\n    kind: application\n    lead: NOWHERE\n    duration: 1\n";
        var answer = await SendAsync(host.Planner, HttpMethod.Put, At("draft"), etag, new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        await ExpectAsync(answer, HttpStatusCode.UnprocessableEntity);
        var errors = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray().ToList();
        var unknownAgency = Assert.Single(errors, e => e.GetProperty("code").GetString() == "KRS040");
        Assert.Equal("programmes[0].lead", unknownAgency.GetProperty("path").GetString());
        Assert.Equal("draft.yaml:15:11", unknownAgency.GetProperty("location").GetString());
        Assert.Equal((before, etag), await ReadAsync(host.Planner, At("draft")));
    }

    [Fact]
    public async Task A_plan_of_another_region_is_refused()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        var (_, etag) = await ReadAsync(host.Planner, At("draft"));
        var other = PlanJson().Replace("33.13", "33.72", StringComparison.Ordinal);
        var answer = await SendAsync(host.Planner, HttpMethod.Put, At("draft"), etag, Json(other));
        await ExpectAsync(answer, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("33.72", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(etag, (await ReadAsync(host.Planner, At("draft"))).ETag);
    }

    [Fact]
    public async Task The_first_plan_of_a_region_needs_If_None_Match_star()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        using var planner = await host.ClientAsync("perencana-lain", Role.Planner, "33.72");
        var plan = PlanJson().Replace("33.13", "33.72", StringComparison.Ordinal);
        await ExpectAsync(await SendAsync(planner, HttpMethod.Put, At("draft", "33.72"), null, Json(plan)), HttpStatusCode.PreconditionRequired);

        var create = new HttpRequestMessage(HttpMethod.Put, new Uri(At("draft", "33.72"), UriKind.Relative)) { Content = Json(plan) };
        create.Headers.TryAddWithoutValidation("If-None-Match", "*");
        var created = await planner.SendAsync(create);
        var etag = await ExpectAsync(created, HttpStatusCode.Created);
        Assert.Equal("created", Outcome(await created.Content.ReadAsStringAsync()));

        var changed = new HttpRequestMessage(HttpMethod.Put, new Uri(At("draft", "33.72"), UriKind.Relative))
        {
            Content = Json(plan.Replace("Karanganyar 2022", "Karanganyar Baru 2022", StringComparison.Ordinal)),
        };
        changed.Headers.TryAddWithoutValidation("If-None-Match", "*");
        await ExpectAsync(await planner.SendAsync(changed), HttpStatusCode.PreconditionFailed);
        Assert.Equal(etag, (await ReadAsync(planner, At("draft", "33.72"))).ETag);
    }

    [Fact]
    public async Task A_draft_reads_as_JSON_or_YAML_and_the_YAML_saves_back_unchanged()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        var (json, etag) = await ReadAsync(host.Planner, At("draft"));
        Assert.Equal(PlanJson(SamplePlans.Adopted()), json);
        var (yaml, yamlTag) = await ReadAsync(host.Planner, At("draft?format=yaml"));
        Assert.StartsWith("karsa: 3\n", yaml, StringComparison.Ordinal);
        Assert.Equal(etag, yamlTag);

        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(At("versions/1"), UriKind.Relative));
        request.Headers.Accept.Add(Yaml);
        var accepted = await host.Planner.SendAsync(request);
        Assert.Equal("application/yaml", accepted.Content.Headers.ContentType!.MediaType);
        Assert.Equal(yaml, await accepted.Content.ReadAsStringAsync());

        var back = await SendAsync(host.Planner, HttpMethod.Put, At("draft"), etag, new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        Assert.Equal(etag, await ExpectAsync(back, HttpStatusCode.OK));
        Assert.Equal("unchanged", Outcome(await back.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_draft_is_read_only_by_those_who_may_read_drafts()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        using var anonymous = host.App.ApiClient(null);
        using var stranger = await host.ClientAsync("pemirsa-lain", Role.Viewer, "33.72");
        using var viewer = await host.ClientAsync("pemirsa", Role.Viewer);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(At("versions/1"), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(new Uri(At("versions/1"), UriKind.Relative))).StatusCode);
        await ReadAsync(viewer, At("versions/1"));

        await host.PublishAsync(1);
        await ReadAsync(anonymous, At("versions/1"));
        await ReadAsync(stranger, At("versions/1"));
    }

    [Fact]
    public async Task Edits_apply_all_or_none_and_report_where_they_went_wrong()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        var (_, etag) = await ReadAsync(host.Planner, At("draft"));

        var bad = await SendAsync(host.Planner, HttpMethod.Post, At("draft/edits"), etag, Json("""
            [{"op": "set", "path": "vision", "value": "Visi baru"},
             {"op": "set", "path": "programmes[GOV-01].costs", "value": {"2022": {"apbd": -5}}}]
            """));
        await ExpectAsync(bad, HttpStatusCode.UnprocessableEntity);
        var error = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("KRS013", error.GetProperty("code").GetString());
        Assert.StartsWith("programmes[0].costs", error.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(etag, (await ReadAsync(host.Planner, At("draft"))).ETag);

        var unknown = await SendAsync(host.Planner, HttpMethod.Post, At("draft/edits"), etag, Json("""[{"op": "set", "path": "region.code", "value": "33.72"}]"""));
        await ExpectAsync(unknown, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("edits[0].path", JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("path").GetString());

        var good = await SendAsync(host.Planner, HttpMethod.Post, At("draft/edits"), etag, Json("""
            [{"op": "set", "path": "vision", "value": "Visi baru"},
             {"op": "set", "path": "programmes[GOV-01].costs", "value": {"2022": {"apbd": 300000000}}},
             {"op": "set", "path": "narratives.background", "value": "Latar belakang"}]
            """));
        await ExpectAsync(good, HttpStatusCode.OK);
        var draft = JsonDocument.Parse((await ReadAsync(host.Planner, At("draft"))).Text).RootElement;
        Assert.Equal("Visi baru", draft.GetProperty("vision").GetString());
        Assert.Equal("Latar belakang", draft.GetProperty("narratives").GetProperty("background").GetString());
        Assert.Equal(300_000_000, draft.GetProperty("programmes")[0].GetProperty("costs").GetProperty("2022").GetProperty("apbd").GetInt64());
    }

    [Fact]
    public async Task Two_versions_compare_as_a_readable_difference()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        await host.PublishAsync(1);
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Post, At("drafts")), HttpStatusCode.Created);
        var (_, etag) = await ReadAsync(host.Planner, At("draft"));
        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Put, At("draft/programmes/GOV-02"), etag, Json(Programme("GOV-02"))), HttpStatusCode.OK);

        var compared = JsonDocument.Parse((await ReadAsync(host.Planner, At("compare?from=1&to=2"))).Text).RootElement;
        Assert.True(compared.GetProperty("hasChanges").GetBoolean());
        Assert.Contains("GOV-02", compared.GetProperty("sections").GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Planner.GetAsync(new Uri(At("compare?from=1&to=9"), UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_uploaded_file_gives_the_errors_of_karsa_import_with_its_name_and_place()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        var (before, etag) = await ReadAsync(host.Planner, At("draft"));
        var broken = "karsa: 2\nregion:\n  code: \"33.13\"\n  nama: Karanganyar\n";
        var answer = await SendAsync(host.Planner, HttpMethod.Post, At("import"), etag, Upload(broken, "rencana.yaml"));
        await ExpectAsync(answer, HttpStatusCode.UnprocessableEntity);
        var errors = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray().ToList();
        var unknown = Assert.Single(errors, e => e.GetProperty("code").GetString() == "KRS003");
        Assert.Equal("rencana.yaml:4:3", unknown.GetProperty("location").GetString());
        Assert.Equal((before, etag), await ReadAsync(host.Planner, At("draft")));

        var wrongKind = await SendAsync(host.Planner, HttpMethod.Post, At("import"), etag, Upload(broken, "rencana.txt"));
        await ExpectAsync(wrongKind, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Refusals_of_the_API_are_problem_documents()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        using var viewer = await host.ClientAsync("pemirsa", Role.Viewer);
        using var anonymous = host.App.ApiClient(null);
        var forbidden = await SendAsync(viewer, HttpMethod.Post, At("drafts"));
        var unauthorized = await SendAsync(anonymous, HttpMethod.Delete, At("draft/programmes/GOV-01"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        foreach (var answer in new[] { forbidden, unauthorized })
        {
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.Equal((int)answer.StatusCode, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
        }
    }
}
