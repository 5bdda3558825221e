using Karsa.Application.Indicators;
using Karsa.Application.Plans;
using Karsa.Application.Tests.Plans;
using Karsa.Monitoring.Indicators;
using Karsa.Storage;
using Karsa.Storage.Monitoring;
using Karsa.Testing;

namespace Karsa.Application.Tests.Indicators;

public sealed class IndicatorUseCaseTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 31, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly EndOf2026 = new(2026, 12, 31);
    private readonly StoreFolder _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_file_with_a_wrong_line_writes_nothing_and_names_every_problem_at_its_line_and_column()
    {
        await PublishedAsync();
        const string File = """
            region;framework;code;period;value;source
            33.13;local;IND-1;2025;50;BPS
            33.72;local;IND-1;2026;53,5;BPS
            33.13;iso37120;5.9;2026;4,9;BPS
            """;

        var result = await ImportAsync(File);

        Assert.False(result.Succeeded);
        Assert.Equal(["KRS165 obs.csv:3:1", "KRS166 obs.csv:4:16"], result.Error.Diagnostics.Select(d => $"{d.Code} {d.Location}"));
        Assert.Empty(await ObservationStore.Open(DatabaseLocation.Parse(_store.Db)).ReadAsync(new("33.13")));
    }

    [Fact]
    public async Task Imported_observations_give_each_plan_indicator_its_status_and_importing_again_changes_nothing()
    {
        await PublishedAsync();
        const string File = """
            region,framework,code,period,value,source
            33.13,local,IND-1,2025,50,BPS
            33.13,local,IND-1,2026,53.5,Diskominfo
            33.13,iso37120,5.1,2026,5.9,BPS
            """;

        var first = await ImportAsync(File);
        var again = await ImportAsync(File);
        var dashboard = await IndicatorUseCases.DashboardAsync(_store.Db, "33.13", EndOf2026);

        Assert.Equal((3L, 3L), (first.Value!.Read, first.Value.Written));
        Assert.Equal((3L, 0L), (again.Value!.Read, again.Value.Written));
        Assert.True(dashboard.Succeeded, dashboard.Error?.Message.English);
        var lines = dashboard.Value.Lines.ToDictionary(l => l.Indicator.Code.Value);

        // IND-1: expected at the end of 2026 52 + 18 x 12/24 = 61; behind 7.5 of a planned change of 30 = 0.25: at risk (the bound).
        Assert.Equal((IndicatorStatus.AtRisk, 61m, 0.25m, "Diskominfo"), (lines["IND-1"].Standing.Status, lines["IND-1"].Standing.Expected,
            lines["IND-1"].Standing.Shortfall, lines["IND-1"].Standing.Latest!.Source));
        Assert.Equal([50m, 53.5m], lines["IND-1"].Trend.Observations.Select(o => o.Value));

        // UNEMP (lower is better): expected at the end of 2026 6 - 2 x 24/48 = 5; 0.9 above it of a planned change of 2 = 0.45: off track.
        Assert.Equal((IndicatorStatus.OffTrack, 5m, 0.45m), (lines["UNEMP"].Standing.Status, lines["UNEMP"].Standing.Expected, lines["UNEMP"].Standing.Shortfall));
        Assert.Equal(("iso37120", "5.1"), (FrameworkNames.Key(lines["UNEMP"].Framework), lines["UNEMP"].FrameworkCode));
        Assert.Equal((0, 1, 1, 0), (dashboard.Value.Counts.OnTrack, dashboard.Value.Counts.AtRisk, dashboard.Value.Counts.OffTrack, dashboard.Value.Counts.NotReported));
    }

    [Fact]
    public async Task The_export_reads_back_as_the_same_observations()
    {
        await PublishedAsync();
        Assert.True((await ImportAsync("region;framework;code;period;value;source;evidence\n33.13;local;IND-1;2025-Q3;47,25;\"BPS, Dinas\";EV-1\n")).Succeeded);

        using var written = new StringWriter();
        var export = await IndicatorUseCases.ExportAsync(_store.Db, "33.13", written);
        var again = await ImportAsync(written.ToString());

        Assert.Equal(1, export.Value!.Observations);
        Assert.Equal("region,framework,code,period,value,source,evidence\n33.13,local,IND-1,2025-Q3,47.25,\"BPS, Dinas\",EV-1\n", written.ToString());
        Assert.Equal(0L, again.Value!.Written);
    }

    [Fact]
    public async Task A_region_without_a_published_plan_has_no_indicator_dashboard()
    {
        await _store.ImportAsync(IndicatorSamples.WithIndicators(SamplePlans.Adopted(), withUnemployment: true));

        var dashboard = await IndicatorUseCases.DashboardAsync(_store.Db, "33.13", EndOf2026);

        Assert.Equal(Common.FailureKind.NotFound, dashboard.Error!.Kind);
    }

    private async Task PublishedAsync()
    {
        await _store.ImportAsync(IndicatorSamples.WithIndicators(SamplePlans.Adopted(), withUnemployment: true));
        var published = await VersionUseCases.PublishAsync("33.13", null, _store.Db);
        Assert.True(published.Succeeded, published.Error?.Message.English);
    }

    private async Task<Common.UseCaseResult<ObservationImportOutcome>> ImportAsync(string file)
    {
        using var reader = new StringReader(file);
        return await IndicatorUseCases.ImportAsync(_store.Db, ObservationImport.FromText("33.13", reader, "obs.csv", "ana"), Now);
    }
}
