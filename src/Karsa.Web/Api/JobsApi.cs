namespace Karsa.Web.Api;

/// <summary>Job status resources: progress, result, cancel.</summary>
internal static class JobsApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
