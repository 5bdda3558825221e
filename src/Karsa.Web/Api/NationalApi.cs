namespace Karsa.Web.Api;

/// <summary>The national view for ministry users: every region, plan state and totals.</summary>
internal static class NationalApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
