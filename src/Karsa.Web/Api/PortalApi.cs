using Karsa.Application.Portal;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;
using Karsa.Storage;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api;

/// <summary>Public reads: regions with published plans, a published plan, its roadmap and book.</summary>
internal static class PortalApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var portal = api.MapGroup("/public/regions").WithTags("Portal").AllowAnonymous();
        portal.MapGet("/", async (string? q, string? province, int? offset, int? limit, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken) =>
            {
                var result = await PortalUseCases.RegionsAsync(options.Value.Database, q, province, offset ?? 0, limit ?? 50, cancellationToken).ConfigureAwait(false);
                return result.Succeeded
                    ? Results.Ok(new Page<PublicRegion>([.. result.Value.Items.Select(PublicRegion.Of)], result.Value.Offset, result.Value.Limit, result.Value.Total))
                    : ApiProblems.From(result.Error);
            })
            .WithName("ListPublishedRegions").WithSummary("Regions with a published plan (paged; q searches names and codes, province filters).");
        portal.MapGet("/{region}", (string region, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken) =>
                PublishedAsync(region, http, options, PublishedPlan.Of, cancellationToken))
            .WithName("GetPublishedPlan").WithSummary("The region's newest published plan: profile, vision, missions and programmes with their terms. Never a draft.");
        portal.MapGet("/{region}/roadmap", (string region, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken) =>
                PublishedAsync(region, http, options, PublishedRoadmap.Of, cancellationToken))
            .WithName("GetPublishedRoadmap").WithSummary("The adopted roadmap of the region's newest published plan: places per programme and spending per year and source against the ceilings.");
    }

    /// <summary>The newest published plan of <paramref name="region"/> as <paramref name="shape"/> makes it, with its ETag; a problem when there is none.</summary>
    private static async Task<IResult> PublishedAsync<T>(string region, HttpContext http, IOptions<KarsaWebOptions> options, Func<PlanOverview, T> shape,
        CancellationToken cancellationToken)
    {
        var result = await PortalUseCases.PublishedPlanAsync(options.Value.Database, region, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return ApiProblems.From(result.Error);
        }

        http.SetETag(result.Value.Token);
        return Results.Ok(shape(result.Value));
    }
}

/// <summary>A region in a list, by the version shown.</summary>
public sealed record PublicRegion(string Code, string Name, string Kind, string Province, int? Cohort, int Version, string State, int? PublishedVersion,
    string Title, int FirstYear, int LastYear, int ProgrammeCount, long TotalCost)
{
    /// <summary>The API form of <paramref name="region"/>.</summary>
    public static PublicRegion Of(RegionOverview region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return new(region.Code, region.Name, region.Kind, region.Province, region.Cohort, region.Version, region.State.ToString().ToLowerInvariant(),
            region.PublishedVersion, region.Title, region.FirstYear, region.LastYear, region.ProgrammeCount, region.TotalCost);
    }
}

/// <summary>One programme of a published plan with its place in the adopted roadmap (null start: not scheduled).</summary>
public sealed record PublicProgramme(string Code, string Name, string Dimension, string LeadAgency, long TotalCost, string? Term, int? Start, int? End, bool QuickWin);

/// <summary>A published plan's summary, texts in the request's language.</summary>
public sealed record PublishedPlan(string Region, string RegionName, string Province, long? Population, int Version, string Title, int FirstYear, int LastYear,
    string? Vision, IReadOnlyList<string> Missions, bool RoadmapAdopted, long TotalCost, IReadOnlyList<PublicProgramme> Programmes)
{
    /// <summary>The API form of <paramref name="overview"/>.</summary>
    public static PublishedPlan Of(PlanOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var content = overview.Plan.Content;
        return new(overview.Region, content.Region.FullName, content.Region.Province, content.Region.Population?.Value, overview.Version, Say.T(content.Title),
            content.Period.First.Value, content.Period.Last.Value, content.Vision is { } vision ? Say.T(vision) : null, [.. content.Missions.Select(Say.T)],
            overview.HasRoadmap, overview.TotalCost.Value,
            [.. overview.Dimensions.SelectMany(d => d.Programmes).Select(l => new PublicProgramme(l.Programme.Code.Value, Say.T(l.Programme.Name),
                l.Programme.Dimension.Key(), l.Programme.LeadAgency.Value, l.Programme.TotalCost.Value, l.Place?.Term?.Key(),
                l.Place?.Start?.Value, l.Place?.End?.Value, l.QuickWin))]);
    }
}

/// <summary>Spending of one source in one year against its ceiling (null: uncapped).</summary>
public sealed record PublicSpending(int Year, string Source, long Spent, long? Ceiling);

/// <summary>The adopted roadmap of a published plan; empty lists when none is adopted.</summary>
public sealed record PublishedRoadmap(string Region, int Version, bool Adopted, IReadOnlyList<PublicProgramme> Programmes, IReadOnlyList<PublicSpending> Spending)
{
    /// <summary>The API form of <paramref name="overview"/>'s roadmap.</summary>
    public static PublishedRoadmap Of(PlanOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var plan = PublishedPlan.Of(overview);
        return new(overview.Region, overview.Version, overview.HasRoadmap, overview.HasRoadmap ? plan.Programmes : [],
            [.. overview.Spending.SelectMany(y => y.Sources).Select(s => new PublicSpending(s.Year.Value, s.Source.Key, s.Spent.Value, s.Ceiling?.Value))]);
    }
}
