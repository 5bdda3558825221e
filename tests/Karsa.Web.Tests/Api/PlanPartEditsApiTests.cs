using System.Net;
using System.Text.Json;
using Karsa.Testing;
using static Karsa.Web.Tests.Api.PlanApiHost;

namespace Karsa.Web.Tests.Api;

/// <summary>The generic draft edits reach the book's front matter, the plan-level sections, the value model and the plan's own funding sources.</summary>
public sealed class PlanPartEditsApiTests
{
    [Fact]
    public async Task Book_sections_value_model_and_an_own_funding_source_are_set_and_a_source_in_use_is_not_removed()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        var (_, etag) = await ReadAsync(host.Planner, At("draft"));

        var set = await SendAsync(host.Planner, HttpMethod.Post, At("draft/edits"), etag, Json("""
            [{"op": "set", "path": "valueModel", "value": {"benefitLifeYears": 12, "discountRatePercent": 2.5}},
             {"op": "set", "path": "fundingSources[baznas]", "value": {"name": {"id": "BAZNAS", "en": "Zakat agency"}}},
             {"op": "set", "path": "book", "value": {"date": "2023-01-02", "approval": {"kind": "Peraturan Bupati", "number": "1 Tahun 2023"}}},
             {"op": "set", "path": "sections", "value": {"financing": {"patterns": {"baznas": "Zakat untuk beasiswa."}}}}]
            """));
        etag = await ExpectAsync(set, HttpStatusCode.OK);
        var draft = JsonDocument.Parse((await ReadAsync(host.Planner, At("draft"))).Text).RootElement;
        var removed = await SendAsync(host.Planner, HttpMethod.Post, At("draft/edits"), etag, Json("""[{"op": "remove", "path": "fundingSources[baznas]"}]"""));

        Assert.Equal(12, draft.GetProperty("valueModel").GetProperty("benefitLifeYears").GetInt32());
        Assert.Equal("baznas", draft.GetProperty("fundingSources")[0].GetProperty("key").GetString());
        Assert.Equal("1 Tahun 2023", draft.GetProperty("book").GetProperty("approval").GetProperty("number").GetString());
        Assert.Equal("Zakat untuk beasiswa.", draft.GetProperty("sections").GetProperty("financing").GetProperty("patterns").GetProperty("baznas").GetString());
        await ExpectAsync(removed, HttpStatusCode.UnprocessableEntity);
        var error = JsonDocument.Parse(await removed.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal(("KRS146", "sections.financing.patterns.baznas"), (error.GetProperty("code").GetString(), error.GetProperty("path").GetString()));
        Assert.Equal(etag, (await ReadAsync(host.Planner, At("draft"))).ETag);
    }
}
