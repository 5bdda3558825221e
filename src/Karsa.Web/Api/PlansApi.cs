namespace Karsa.Web.Api;

/// <summary>A region's plan versions: read, edit a draft, import and export, publish, new draft, compare.</summary>
internal static class PlansApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
