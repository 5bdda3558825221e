using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Api;

public sealed partial class OpenApiDocsTests
{
    [Fact]
    public async Task The_OpenAPI_document_describes_every_plans_endpoint_with_its_answers()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var client = app.CreateClient();
        var answer = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var paths = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");

        var expected = new (string Path, string Method, string Name, string[] Answers)[]
        {
            ("/api/v1/regions/{region}/versions", "get", "ListVersions", ["200"]),
            ("/api/v1/regions/{region}/versions/{version}", "get", "GetVersion", ["200", "404"]),
            ("/api/v1/regions/{region}/draft", "get", "GetDraft", ["200", "404"]),
            ("/api/v1/regions/{region}/draft", "put", "PutDraft", ["200", "201", "412", "422", "428"]),
            ("/api/v1/regions/{region}/draft/edits", "post", "EditDraft", ["200", "412", "422", "428"]),
            ("/api/v1/regions/{region}/draft/programmes/{code}", "put", "PutDraftProgramme", ["200", "412", "422", "428"]),
            ("/api/v1/regions/{region}/draft/programmes/{code}", "delete", "DeleteDraftProgramme", ["200", "412", "422", "428"]),
            ("/api/v1/regions/{region}/drafts", "post", "StartDraft", ["200", "201"]),
            ("/api/v1/regions/{region}/import", "post", "ImportPlanFile", ["200", "201", "412", "422", "428"]),
            ("/api/v1/regions/{region}/versions/{version}/publish", "post", "PublishVersion", ["200", "412", "422", "428"]),
            ("/api/v1/regions/{region}/compare", "get", "CompareVersions", ["200", "404"]),
        };
        foreach (var (path, method, name, answers) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not in the document");
            Assert.Equal(name, operation.GetProperty("operationId").GetString());
            Assert.Equal("Plans", operation.GetProperty("tags")[0].GetString());
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.All(answers, status => Assert.Contains(status, responses));
        }
    }

    [Fact]
    public async Task The_docs_page_answers_and_allows_only_its_own_nonced_script()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var client = app.CreateClient();

        var docs = await client.GetAsync(new Uri("/docs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        var html = await docs.Content.ReadAsStringAsync();
        var csp = string.Join(' ', docs.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = Assert.Single(csp.Split(';'), d => d.Trim().StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);
        var nonce = Nonce().Match(scriptSrc);
        Assert.True(nonce.Success, $"/docs has no nonce in its policy: {scriptSrc}");

        // Every inline script carries the nonce; no script comes from elsewhere.
        var scripts = Script().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains($"nonce=\"{nonce.Groups[1].Value}\"", s.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);

        // The rest of the site keeps the strict policy, and a second visit gets another nonce.
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        var homePolicy = string.Join(' ', home.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", homePolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce-", homePolicy, StringComparison.Ordinal);
        var again = string.Join(' ', (await client.GetAsync(new Uri("/docs", UriKind.Relative))).Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain(nonce.Groups[1].Value, again, StringComparison.Ordinal);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex Script();
}
