using System.Net;
using Karsa.Application.Access;
using Karsa.Web.Tests.Api;

namespace Karsa.Web.Tests.Access;

/// <summary>The progress endpoints' per-agency rule, which the role matrix cannot show: an agency reporter reports only on their own agency's programmes.</summary>
public sealed class ProgressAccessTests
{
    private const string Report = "{\"status\": \"berjalan\", \"percent\": 40, \"realised\": {\"apbd\": 100000000}, \"revision\": 0}";

    [Fact]
    public async Task An_agency_reporter_of_another_agency_is_refused_and_the_own_agency_s_report_is_saved_and_shown()
    {
        await using var host = await PlanApiHost.StartAsync(TestDatabases.Sqlite());
        await host.PublishAsync(1);
        using var dinkes = await host.ClientAsync("opd-dinkes", Role.AgencyReporter, PlanApiHost.Region, "DINKES");
        using var kominfo = await host.ClientAsync("opd-kominfo", Role.AgencyReporter, PlanApiHost.Region, "DISKOMINFO");

        using var refused = await PlanApiHost.SendAsync(dinkes, HttpMethod.Put, PlanApiHost.At("progress/programmes/GOV-01/2022"), body: PlanApiHost.Json(Report));
        using var refusedTemplate = await dinkes.GetAsync(new Uri(PlanApiHost.At("progress/template?agency=DISKOMINFO&year=2022"), UriKind.Relative));
        using var saved = await PlanApiHost.SendAsync(kominfo, HttpMethod.Put, PlanApiHost.At("progress/programmes/GOV-01/2022"), body: PlanApiHost.Json(Report));
        using var stale = await PlanApiHost.SendAsync(kominfo, HttpMethod.Put, PlanApiHost.At("progress/programmes/GOV-01/2022"), body: PlanApiHost.Json(Report.Replace("40", "50", StringComparison.Ordinal)));
        var (overview, _) = await PlanApiHost.ReadAsync(host.Planner, PlanApiHost.At("progress?year=2022"));
        var (dinkesView, _) = await PlanApiHost.ReadAsync(dinkes, PlanApiHost.At("progress?year=2022"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedTemplate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("\"percent\":40", overview, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"GOV-01\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("\"code\":\"GOV-01\"", dinkesView, StringComparison.Ordinal);
    }
}
