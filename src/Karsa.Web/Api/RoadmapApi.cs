namespace Karsa.Web.Api;

/// <summary>Roadmap work on a region's plan: solve, what would it take, scenarios, adopt (long work as jobs).</summary>
internal static class RoadmapApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
