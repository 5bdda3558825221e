namespace Karsa.Web.Api;

/// <summary>Public reads: regions with published plans, a published plan, its roadmap and book.</summary>
internal static class PortalApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
