using Karsa.Application.Access;
using Karsa.Application.National;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api;

/// <summary>The national view for ministry users: every region, plan state and totals.</summary>
internal static class NationalApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/national/regions", async (string? province, int? cohort, int? offset, int? limit, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken) =>
            {
                var result = await NationalUseCases.RegionsAsync(options.Value.Database, province, cohort, offset ?? 0, limit ?? 50, cancellationToken).ConfigureAwait(false);
                return result.Succeeded
                    ? Results.Ok(new Page<PublicRegion>([.. result.Value.Items.Select(PublicRegion.Of)], result.Value.Offset, result.Value.Limit, result.Value.Total))
                    : ApiProblems.From(result.Error);
            })
            .RequireAuthorization(nameof(Permission.ReadNational))
            .WithName("ListNationalRegions").WithTags("National")
            .WithSummary("Every region with a plan: state, newest and published version, programme count and budget total; filters by province and cohort; paged.");
    }
}
