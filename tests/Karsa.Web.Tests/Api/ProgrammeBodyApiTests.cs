using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karsa.Domain.Agencies;
using Karsa.Domain.Primitives;
using Karsa.Testing;
using Karsa.Web.Tests.Support;
using static Karsa.Web.Tests.Api.PlanApiHost;

namespace Karsa.Web.Tests.Api;

/// <summary>The programme body of PUT draft/programmes/{code}: the fields of real plans and of the programme sheet.</summary>
public sealed class ProgrammeBodyApiTests
{
    /// <summary>The fields of real plans and of the programme sheet, as the canonical plan file writes them.</summary>
    private static readonly string[] NewFields = ["coLeads", "implementers", "status", "startedIn", "recurrence", "locations", "renstra", "objective", "outputs", "outcomes", "canvas"];

    private const string RunningService = """
        {"code": "SVC-01", "name": {"id": "Layanan Berjalan", "en": "Running service"}, "dimension": "governance", "element": "public-service",
         "kind": "service", "lead": "DISKOMINFO", "coLeads": ["BAPPEDA"],
         "implementers": [{"name": "Pemerintah Desa Jantiharjo", "kind": "village"}, {"name": "Karang Taruna"}],
         "status": "running", "startedIn": 2019, "recurrence": "open-ended",
         "locations": ["33.13.09", "33.13.09.2001"], "renstra": "Renstra Diskominfo Program 2",
         "objective": {"id": "Warga terlayani daring", "en": "Citizens served online"},
         "outputs": [{"statement": "Aplikasi beroperasi", "unit": "aplikasi", "targets": {"2022": 1, "2024": 3.5}}],
         "outcomes": [{"statement": "Rumah tangga terhubung", "indicator": "IND-1", "targets": {"2031": 90}}],
         "canvas": {"problem": "Antre berjam-jam", "users": "Pelaku usaha", "solution": "Izin daring", "partners": "Bank daerah", "success": "75 % izin daring"}}
        """;

    [Fact]
    public async Task Every_new_field_of_a_programme_round_trips_through_the_programme_endpoint()
    {
        await using var host = await StartAsync(TestDatabases.Sqlite());
        var (_, seen) = await ReadAsync(host.Planner, At("draft"));
        var content = IndicatorSamples.WithIndicators(SamplePlans.Adopted());
        content = content with { Agencies = [.. content.Agencies, new Agency(new AgencyCode("BAPPEDA"), "Bappeda", AgencyKind.Badan)] };
        var etag = await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Put, At("draft"), seen, Json(PlanJson(content))), HttpStatusCode.OK);

        await ExpectAsync(await SendAsync(host.Planner, HttpMethod.Put, At("draft/programmes/SVC-01"), etag, Json(RunningService)), HttpStatusCode.OK);

        var (draft, _) = await ReadAsync(host.Planner, At("draft"));
        var stored = JsonNode.Parse(draft)!["programmes"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == "SVC-01")!;
        var sent = JsonNode.Parse(RunningService)!;
        Assert.All(NewFields, field => Assert.True(JsonNode.DeepEquals(sent[field], stored[field]), $"{field}: sent {sent[field]}, stored {stored[field]}"));
        Assert.Null(stored["duration"]);
        Assert.Null(stored["costs"]);
    }

    [Fact]
    public async Task The_OpenAPI_document_shows_every_field_of_the_programme_body()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var client = app.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;

        var body = document.GetProperty("paths").GetProperty("/api/v1/regions/{region}/draft/programmes/{code}").GetProperty("put").GetProperty("requestBody");
        var schema = Resolve(document, body.GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var properties = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(NewFields.Concat(["code", "name", "lead", "duration", "costs", "dependsOn", "scores", "indicators"]), field => Assert.Contains(field, properties));
        var output = Resolve(document, Resolve(document, schema.GetProperty("properties").GetProperty("outputs")).GetProperty("items"));
        Assert.Equal(["statement", "indicator", "unit", "targets"], output.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    /// <summary>The schema <paramref name="schema"/> refers to (<c>$ref</c> into the components), or itself; a nullable one's non-null member.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return Resolve(document, document.GetProperty("components").GetProperty("schemas").GetProperty(name));
        }

        return schema.TryGetProperty("oneOf", out var choices) || schema.TryGetProperty("anyOf", out choices)
            ? Resolve(document, choices.EnumerateArray().First(c => !(c.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null")))
            : schema;
    }
}
