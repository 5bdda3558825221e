using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Karsa.Application.Access;
using Karsa.Web.Tests.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Web.Tests.Access;

/// <summary>
/// Every API endpoint x every role x own region / other region / anonymous, against a table written
/// out by hand (not computed from the policy it tests). "Allowed" means the answer is neither 401 nor
/// 403 (a 404, 412, 422 or 428 is fine). An endpoint the app has that the table lacks fails, and so
/// does a row no endpoint answers to.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>Who may call each endpoint. Roles: SA system administrator, ME ministry evaluator, RA region administrator, PL planner, AR agency reporter, VW viewer.</summary>
    private static readonly Row[] Table =
    [
        //     method    route pattern                                               anonymous  own region (33.13)   other region (33.72)
        new("GET",    "/api/v1/regions/{region}/versions",                          false,     "SA ME RA PL AR VW",  "SA ME"),
        new("GET",    "/api/v1/regions/{region}/versions/{version:int}",            true,      "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/regions/{region}/draft",                             false,     "SA ME RA PL AR VW",  "SA ME"),
        new("PUT",    "/api/v1/regions/{region}/draft",                             false,     "PL",                 ""),
        new("POST",   "/api/v1/regions/{region}/draft/edits",                       false,     "PL",                 ""),
        new("PUT",    "/api/v1/regions/{region}/draft/programmes/{code}",           false,     "PL",                 ""),
        new("DELETE", "/api/v1/regions/{region}/draft/programmes/{code}",           false,     "PL",                 ""),
        new("POST",   "/api/v1/regions/{region}/drafts",                            false,     "PL",                 ""),
        new("POST",   "/api/v1/regions/{region}/import",                            false,     "PL",                 ""),
        new("POST",   "/api/v1/regions/{region}/versions/{version:int}/publish",    false,     "PL",                 ""),
        new("GET",    "/api/v1/regions/{region}/compare",                           false,     "SA ME RA PL AR VW",  "SA ME"),
        new("POST",   "/api/v1/regions/{region}/roadmap/solve",                     false,     "PL",                 ""),
        new("POST",   "/api/v1/regions/{region}/roadmap/explain",                   false,     "PL",                 ""),
        new("POST",   "/api/v1/regions/{region}/roadmap/compare",                   false,     "PL",                 ""),
        new("PUT",    "/api/v1/regions/{region}/draft/roadmap",                     false,     "PL",                 ""),

        // Progress: reading as drafts; reporting by planners and agency reporters (another agency's programme: ProgressAccessTests).
        new("GET",    "/api/v1/regions/{region}/progress",                          false,     "SA ME RA PL AR VW",  "SA ME"),
        new("GET",    "/api/v1/regions/{region}/progress/public",                   true,      "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/regions/{region}/progress/programmes/{programme}/{year:int}", false, "PL AR",           ""),
        new("PUT",    "/api/v1/regions/{region}/progress/programmes/{programme}/{year:int}", false, "PL AR",           ""),
        new("POST",   "/api/v1/regions/{region}/progress/programmes/{programme}/{year:int}/evidence", false, "PL AR",  ""),
        new("GET",    "/api/v1/regions/{region}/evidence/{id}",                     false,     "SA ME RA PL AR VW",  "SA ME"),
        new("GET",    "/api/v1/regions/{region}/progress/template",                 false,     "PL AR",              ""),
        new("POST",   "/api/v1/regions/{region}/progress/import",                   false,     "PL AR",              ""),
        new("GET",    "/api/v1/regions/{region}/progress/settings",                 false,     "SA ME RA PL AR VW",  "SA ME"),
        new("PUT",    "/api/v1/regions/{region}/progress/settings",                 false,     "PL",                 ""),

        // Jobs (an unknown id here: any signed-in user gets 404; jobs that exist, in the caller's region and another: JobAuthorizationMatrixTests).
        new("GET",    "/api/v1/jobs/{id:guid}/",                                    false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/jobs/{id:guid}/result",                              false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("DELETE", "/api/v1/jobs/{id:guid}/",                                    false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("POST",   "/api/v1/jobs/{id:guid}/retry",                               false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),

        // Public portal: anyone.
        new("GET",    "/api/v1/public/regions/",                                    true,      "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/public/regions/{region}",                            true,      "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/public/regions/{region}/roadmap",                    true,      "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/public/regions/{region}/indicators",                 true,      "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/public/regions/{region}/observations",               true,      "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),

        // Indicator observations: planners of the region record them.
        new("POST",   "/api/v1/regions/{region}/observations",                      false,     "PL",                 ""),
        new("POST",   "/api/v1/regions/{region}/indicator-definitions",             false,     "PL",                 ""),
        new("POST",   "/api/v1/indicator-definitions",                              false,     "SA",                 "SA"),

        // No region in the route: "own" and "other" are the same request, so both columns agree.
        new("GET",    "/api/v1/me/",                                                false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/me/tokens",                                          false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("POST",   "/api/v1/me/tokens",                                          false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("DELETE", "/api/v1/me/tokens/{id:guid}",                                false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/users/",                                             false,     "SA RA",              "SA RA"),
        new("POST",   "/api/v1/users/",                                             false,     "SA RA",              "SA RA"),
        new("GET",    "/api/v1/users/{id}",                                         false,     "SA RA",              "SA RA"),
        new("PUT",    "/api/v1/users/{id}",                                         false,     "SA RA",              "SA RA"),
        new("PUT",    "/api/v1/users/{id}/locked",                                  false,     "SA RA",              "SA RA"),
        new("POST",   "/api/v1/users/{id}/link",                                    false,     "SA RA",              "SA RA"),
        new("DELETE", "/api/v1/users/{id}",                                         false,     "SA RA",              "SA RA"),
        new("GET",    "/api/v1/audit",                                              false,     "SA RA",              "SA RA"),
        new("GET",    "/api/v1/national/regions",                                   false,     "SA ME",              "SA ME"),

        // Reporting calendar (issue 12): periods, what agencies owe, the overdue list; the caller's own notices.
        new("GET",    "/api/v1/regions/{region}/reporting-periods",                 false,     "SA ME RA PL AR VW",  "SA ME"),
        new("POST",   "/api/v1/regions/{region}/reporting-periods",                 false,     "PL",                 ""),
        new("PUT",    "/api/v1/regions/{region}/reporting-periods/{period:long}",   false,     "PL",                 ""),
        new("DELETE", "/api/v1/regions/{region}/reporting-periods/{period:long}",   false,     "PL",                 ""),
        new("GET",    "/api/v1/regions/{region}/obligations",                       false,     "PL AR",              ""),
        new("GET",    "/api/v1/regions/{region}/overdue",                           false,     "PL",                 ""),
        new("GET",    "/api/v1/me/notifications/",                                  false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("GET",    "/api/v1/me/notifications/unread",                            false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("POST",   "/api/v1/me/notifications/read",                              false,     "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        // The ministry's evaluation: ministry users run cycles, verify and rank; a region's planners fill its own
        // self-assessment; a region reads only its own unpublished evaluation; published results are public.
        new("GET",    "/api/v1/evaluation/cycles/",                                 true,      "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("POST",   "/api/v1/evaluation/cycles/",                                 false,     "SA ME",              "SA ME"),
        new("GET",    "/api/v1/evaluation/cycles/{cycle:long}",                     true,      "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
        new("PUT",    "/api/v1/evaluation/cycles/{cycle:long}/instrument",          false,     "SA ME",              "SA ME"),
        new("POST",   "/api/v1/evaluation/cycles/{cycle:long}/state",               false,     "SA ME",              "SA ME"),
        new("GET",    "/api/v1/evaluation/cycles/{cycle:long}/ranking",             false,     "SA ME",              "SA ME"),
        new("GET",    "/api/v1/evaluation/cycles/{cycle:long}/regions/{region}/",   false,     "SA ME RA PL AR VW",  "SA ME"),
        new("PUT",    "/api/v1/evaluation/cycles/{cycle:long}/regions/{region}/self-assessment", false, "PL",          ""),
        new("POST",   "/api/v1/evaluation/cycles/{cycle:long}/regions/{region}/prefill", false,  "SA ME",              "SA ME"),
        new("PUT",    "/api/v1/evaluation/cycles/{cycle:long}/regions/{region}/scores", false,   "SA ME",              "SA ME"),
        new("PUT",    "/api/v1/evaluation/cycles/{cycle:long}/regions/{region}/findings", false, "SA ME",              "SA ME"),
        new("GET",    "/api/v1/public/evaluation/cycles/{cycle:long}/regions/{region}", true,    "SA ME RA PL AR VW",  "SA ME RA PL AR VW"),
    ];

    /// <summary>Values for route parameters; add one when an endpoint brings a new parameter.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["version"] = "1",
        ["code"] = "GOV-01",
        ["id"] = Guid.Empty.ToString(),
        ["period"] = "1",
        ["cycle"] = "1",
        ["programme"] = "GOV-01",
        ["year"] = "2022",
    };

    private const string OwnRegion = PlanApiHost.Region;
    private const string OtherRegion = "33.72";

    private static readonly Dictionary<string, Role> Roles = new(StringComparer.Ordinal)
    {
        ["SA"] = Role.SystemAdministrator,
        ["ME"] = Role.MinistryEvaluator,
        ["RA"] = Role.RegionAdministrator,
        ["PL"] = Role.Planner,
        ["AR"] = Role.AgencyReporter,
        ["VW"] = Role.Viewer,
    };

    [Fact]
    public async Task Every_API_endpoint_answers_every_role_and_region_as_the_table_says()
    {
        await using var host = await PlanApiHost.StartAsync(TestDatabases.Sqlite());
        await host.PublishAsync(1);
        var bodies = ApiEndpoints(host);
        var endpoints = bodies.Keys.ToList();
        var missing = endpoints.Except(Table.Select(r => (r.Method, r.Pattern))).ToList();
        var stale = Table.Select(r => (r.Method, r.Pattern)).Except(endpoints).ToList();
        Assert.True(missing.Count == 0, "Endpoints missing from the table: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Table rows without an endpoint: " + string.Join(", ", stale));

        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var (name, role) in Roles)
        {
            var national = role is Role.SystemAdministrator or Role.MinistryEvaluator;
            clients[name] = await host.ClientAsync("matrix-" + name, role, national ? null : OwnRegion, role == Role.AgencyReporter ? "DISKOMINFO" : null);
        }

        using var anonymous = host.App.ApiClient(null);
        var wrong = new List<string>();
        foreach (var row in Table)
        {
            var body = bodies[(row.Method, row.Pattern)];
            await Check(row, body, "anonymous", anonymous, OwnRegion, row.Anonymous, wrong);
            foreach (var (name, client) in clients)
            {
                await Check(row, body, name + "@own", client, OwnRegion, row.Own.Split(' ').Contains(name), wrong);
                await Check(row, body, name + "@other", client, OtherRegion, row.Other.Split(' ').Contains(name), wrong);
            }
        }

        Assert.True(wrong.Count == 0, "Unexpected cells:\n" + string.Join('\n', wrong));
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    private static async Task Check(Row row, string? body, string who, HttpClient client, string region, bool expected, List<string> wrong)
    {
        var path = Placeholder().Replace(row.Pattern, m => m.Groups[1].Value == "region" ? region : Samples.GetValueOrDefault(m.Groups[1].Value, "x"));
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(path, UriKind.Relative));
        request.Content = body switch
        {
            null => null,
            "multipart/form-data" => new MultipartFormDataContent { { new StringContent("{}"), "file", "rencana.json" } },
            _ => new StringContent("{}", Encoding.UTF8, body),
        };

        using var answer = await client.SendAsync(request);
        var allowed = answer.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
        if (allowed != expected)
        {
            wrong.Add($"{row.Method} {path} as {who}: expected {(expected ? "allowed" : "refused")}, got {(int)answer.StatusCode}");
        }
    }

    /// <summary>Every API endpoint (method, route pattern) with the body type it accepts (routing refuses another with 415 before access is decided), if any.</summary>
    private static Dictionary<(string Method, string Pattern), string?> ApiEndpoints(PlanApiHost host) =>
        host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => (Method: method, Endpoint: e)))
            .ToDictionary(
                e => (e.Method, "/" + e.Endpoint.RoutePattern.RawText!.TrimStart('/')),
                e => e.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is [var accepted, ..] ? accepted
                    : e.Method is "PUT" or "POST" ? "application/json" : null);

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    private sealed record Row(string Method, string Pattern, bool Anonymous, string Own, string Other);
}
