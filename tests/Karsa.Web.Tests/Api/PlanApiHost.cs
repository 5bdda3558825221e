using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Karsa.Application.Access;
using Karsa.Application.Plans;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Testing;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Api;

/// <summary>
/// The app on a test database with region 33.13 holding <see cref="SamplePlans.Adopted"/> as draft
/// version 1 (publishable), and a planner of 33.13 with an API client.
/// </summary>
internal sealed class PlanApiHost : IAsyncDisposable
{
    public const string Region = "33.13";

    private PlanApiHost(TestDatabase database, KarsaWebFactory app, HttpClient planner)
    {
        Database = database;
        App = app;
        Planner = planner;
    }

    public TestDatabase Database { get; }

    public KarsaWebFactory App { get; }

    /// <summary>An API client of a planner of 33.13.</summary>
    public HttpClient Planner { get; }

    /// <summary>A programme of the plan file, as JSON, costing <paramref name="apbd"/> in 2022.</summary>
    public static string Programme(string code, long apbd = 100_000_000) =>
        "{\"code\": \"" + code + "\", \"name\": \"Program " + code + "\", \"dimension\": \"governance\", \"element\": \"public-service\", " +
        "\"kind\": \"application\", \"lead\": \"DISKOMINFO\", \"duration\": 1, \"costs\": {\"2022\": {\"apbd\": " +
        apbd.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}}";

    /// <summary>The seeded plan's file in JSON.</summary>
    public static string PlanJson(MasterplanContent? content = null) => PlanWriter.Write(content ?? SamplePlans.Adopted(), PlanFormat.Json);

    public static async Task<PlanApiHost> StartAsync(TestDatabase database)
    {
        var app = new KarsaWebFactory(database, loadSample: false);
        var planner = app.ApiClient(await app.CreateTokenAsync(await app.CreateUserAsync("perencana", Role.Planner, Region)));
        var seeded = await UploadUseCases.ImportAsync(new RegionCode(Region), new PlanUpload(PlanJson(), "seed.json", PlanFormat.Json), database.Db, "seed");
        Assert.True(seeded.Succeeded, seeded.Error?.Message.English);
        return new PlanApiHost(database, app, planner);
    }

    /// <summary>The answer to a request with an optional body and <c>If-Match</c>.</summary>
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? ifMatch = null, HttpContent? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>A JSON body.</summary>
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The path of <paramref name="rest"/> under the region's API.</summary>
    public static string At(string rest, string region = Region) => $"/api/v1/regions/{region}/{rest}";

    /// <summary>GET a resource that must be there: its text and ETag (null for a list).</summary>
    public static async Task<(string Text, string? ETag)> ReadAsync(HttpClient client, string path)
    {
        var answer = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)answer.StatusCode} {text}");
        return (text, answer.Headers.ETag?.ToString());
    }

    /// <summary>Asserts the status of <paramref name="answer"/> (showing its body when wrong) and gives its ETag, if any.</summary>
    public static async Task<string?> ExpectAsync(HttpResponseMessage answer, HttpStatusCode status)
    {
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == status, $"{answer.RequestMessage?.Method} {answer.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)answer.StatusCode} {text}");
        return answer.Headers.ETag?.ToString();
    }

    /// <summary>Publishes the draft version <paramref name="version"/> through the API.</summary>
    public async Task PublishAsync(int version)
    {
        var (_, etag) = await ReadAsync(Planner, At($"versions/{version}"));
        await ExpectAsync(await SendAsync(Planner, HttpMethod.Post, At($"versions/{version}/publish"), etag), HttpStatusCode.OK);
    }

    /// <summary>An API client for a new user with <paramref name="role"/>.</summary>
    public async Task<HttpClient> ClientAsync(string name, Role role, string? region = Region, string? agency = null) =>
        App.ApiClient(await App.CreateTokenAsync(await App.CreateUserAsync(name, role, region, agency)));

    public static MediaTypeWithQualityHeaderValue Yaml => new("application/yaml");

    public async ValueTask DisposeAsync()
    {
        Planner.Dispose();
        await App.DisposeAsync();
        Database.Dispose();
    }
}
