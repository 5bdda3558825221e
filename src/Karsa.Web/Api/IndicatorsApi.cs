using System.Text;
using Karsa.Application.Access;
using Karsa.Application.Indicators;
using Karsa.Domain.Indicators;
using Karsa.Monitoring.Indicators;
using Karsa.Storage.Monitoring;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api;

/// <summary>A region's indicators in use: the indicator dashboard, the observations as CSV, and importing observations.</summary>
internal static class IndicatorsApi
{
    /// <summary>The OpenAPI tag of these endpoints.</summary>
    public const string Tag = "Indicators";

    private const string Csv = "text/csv";

    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var published = api.MapGroup("/public/regions/{region}").WithTags(Tag).AllowAnonymous();
        published.MapGet("/indicators", DashboardAsync).WithName("GetIndicatorDashboard")
            .WithSummary("Per indicator of the newest published plan: latest observation, baseline, final target, status on the trajectory (with the rule), trend series; status counts; the WCCD level from ISO 37120 core and supporting indicators reported. ?asOf=yyyy-MM-dd (default today).")
            .Produces<IndicatorDashboardAnswer>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        published.MapGet("/observations", ExportAsync).WithName("ExportObservations")
            .WithSummary("The region's observations as an observations CSV file (region,framework,code,period,value,source,evidence) that imports back unchanged; ?framework= and ?code= for one indicator.")
            .Produces<string>(StatusCodes.Status200OK, Csv).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/regions/{region}/observations", ImportAsync).WithName("ImportObservations").WithTags(Tag)
            .WithSummary("Imports an observations CSV file (multipart field 'file') into the region, all or nothing: every error with file:line:column. Planners of the region.")
            .RequireAuthorization(nameof(Permission.RecordObservations)).DisableAntiforgery()
            .Produces<ObservationImportOutcome>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/regions/{region}/indicator-definitions", (HttpContext http, string region, IFormFile file, IOptions<KarsaWebOptions> options, TimeProvider clock,
                CancellationToken cancellationToken) => LoadDefinitionsAsync(http, region, file, options, clock, cancellationToken))
            .WithName("LoadRegionDefinitions").WithTags(Tag)
            .WithSummary("Loads the region's indicator definitions file (YAML, multipart field 'file'; e.g. ISO indicators with their kinds), replacing the one before; all or nothing. Planners of the region.")
            .RequireAuthorization(nameof(Permission.LoadDefinitions)).DisableAntiforgery()
            .Produces<DefinitionsLoaded>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/indicator-definitions", (HttpContext http, IFormFile file, IOptions<KarsaWebOptions> options, TimeProvider clock,
                CancellationToken cancellationToken) => LoadDefinitionsAsync(http, null, file, options, clock, cancellationToken))
            .WithName("LoadInstallationDefinitions").WithTags(Tag)
            .WithSummary("Loads the installation's indicator definitions file (every region uses it; a region's own file adds to it). System administrators.")
            .RequireAuthorization(nameof(Permission.LoadDefinitions)).DisableAntiforgery()
            .Produces<DefinitionsLoaded>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> LoadDefinitionsAsync(HttpContext http, string? region, IFormFile file, IOptions<KarsaWebOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var result = await DefinitionsLoad.LoadAsync(options.Value.Database, region, text, Path.GetFileName(file.FileName), ClaimsActor.Of(http)!.Name,
            clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? Results.Ok(result.Value) : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> DashboardAsync(string region, DateOnly? asOf, IOptions<KarsaWebOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var day = asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var result = await IndicatorUseCases.DashboardAsync(options.Value.Database, region, day, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? Results.Ok(IndicatorDashboardAnswer.Of(result.Value)) : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> ExportAsync(string region, string? framework, string? code, IOptions<KarsaWebOptions> options,
        CancellationToken cancellationToken)
    {
        var kind = framework is null ? null : FrameworkNames.Parse(framework);
        if (framework is not null && kind is null)
        {
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, $"Kerangka '{framework}' tidak dikenal: {string.Join(", ", FrameworkNames.Keys)}.",
                $"Unknown framework '{framework}': {string.Join(", ", FrameworkNames.Keys)}.");
        }

        await using var text = new StringWriter();
        var result = await IndicatorUseCases.ExportAsync(options.Value.Database, region, text, new ObservationQuery(kind, code), cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? Results.File(Encoding.UTF8.GetBytes(text.ToString()), Csv + "; charset=utf-8", $"{region}-observations.csv")
            : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> ImportAsync(HttpContext http, string region, IFormFile file, IOptions<KarsaWebOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var import = ObservationImport.FromText(region, reader, Path.GetFileName(file.FileName), ClaimsActor.Of(http)!.Name);
        var result = await IndicatorUseCases.ImportAsync(options.Value.Database, import, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? Results.Ok(result.Value) : ApiProblems.From(result.Error);
    }
}

/// <summary>One point of a trend: a period (or a year of the trajectory), the day it is drawn at, the value and its source.</summary>
public sealed record TrendPointAnswer(string Period, DateOnly At, decimal Value, string Source);

/// <summary>One plan indicator on the dashboard.</summary>
public sealed record IndicatorLineAnswer(string Code, string Framework, string FrameworkCode, string Name, string Unit, string Direction, string Status,
    TrendPointAnswer? Latest, decimal? Baseline, int? BaselineYear, decimal? Target, int? TargetYear, decimal? Expected, decimal? Shortfall,
    IReadOnlyList<TrendPointAnswer> Observations, IReadOnlyList<TrendPointAnswer> Trajectory);

/// <summary>The indicator dashboard as the API answers it; texts in the request's language, statuses as kebab-case keys.</summary>
public sealed record IndicatorDashboardAnswer(string Region, int Version, DateOnly AsOf, decimal OnTrackTolerance, decimal AtRiskTolerance, int StaleAfterMonths,
    IReadOnlyDictionary<string, int> Counts, int WccdCore, int WccdSupporting, string WccdLevel, IReadOnlyList<IndicatorLineAnswer> Indicators)
{
    /// <summary>The API form of <paramref name="dashboard"/>.</summary>
    public static IndicatorDashboardAnswer Of(IndicatorDashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var c = dashboard.Counts;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [Key(IndicatorStatus.OnTrack)] = c.OnTrack,
            [Key(IndicatorStatus.AtRisk)] = c.AtRisk,
            [Key(IndicatorStatus.OffTrack)] = c.OffTrack,
            [Key(IndicatorStatus.NotReported)] = c.NotReported,
            [Key(IndicatorStatus.Stale)] = c.Stale,
            [Key(IndicatorStatus.NoTrajectory)] = c.NoTrajectory,
        };
        return new(dashboard.Region.Value, dashboard.Version, dashboard.AsOf, dashboard.Rule.OnTrackTolerance, dashboard.Rule.AtRiskTolerance,
            dashboard.Rule.StaleAfterMonths, counts, dashboard.Wccd.Core, dashboard.Wccd.Supporting, dashboard.Wccd.Level.ToString().ToLowerInvariant(),
            [.. dashboard.Lines.Select(Line)]);
    }

    private static IndicatorLineAnswer Line(IndicatorLine line)
    {
        var (i, s) = (line.Indicator, line.Standing);
        return new(i.Code.Value, FrameworkNames.Key(line.Framework), line.FrameworkCode, Say.T(i.Name), i.Unit,
            i.Direction == IndicatorDirection.HigherIsBetter ? "higher" : "lower", Key(s.Status),
            s.Latest is { } latest ? new TrendPointAnswer(latest.Period.ToString(), latest.Period.To, latest.Value, latest.Source) : null,
            i.Baseline?.Value, i.Baseline?.Year.Value, line.FinalTarget?.Value, line.FinalTarget?.Year.Value, s.Expected, s.Shortfall,
            [.. line.Trend.Observations.Select(o => new TrendPointAnswer(o.Period.ToString(), o.At, o.Value, o.Source))],
            [.. line.Trend.Trajectory.Select(p => new TrendPointAnswer(p.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), p.At, p.Value,
                p.IsBaseline ? "baseline" : "target"))]);
    }

    private static string Key(IndicatorStatus status) => status switch
    {
        IndicatorStatus.OnTrack => "on-track",
        IndicatorStatus.AtRisk => "at-risk",
        IndicatorStatus.OffTrack => "off-track",
        IndicatorStatus.NotReported => "not-reported",
        IndicatorStatus.Stale => "stale",
        _ => "no-trajectory",
    };
}
