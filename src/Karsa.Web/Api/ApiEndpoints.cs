namespace Karsa.Web.Api;

/// <summary>
/// The REST API under <c>/api/v1</c>: one group per feature, each mapped by its own class. Every
/// endpoint calls one use case; access is decided by the permission policies (<see cref="Access.AccessServices"/>).
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Maps every API group.</summary>
    public static IEndpointRouteBuilder MapKarsaApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1");
        PortalApi.Map(api);
        PlansApi.Map(api);
        RoadmapApi.Map(api);
        JobsApi.Map(api);
        AccountsApi.Map(api);
        NationalApi.Map(api);
        CalendarApi.Map(api);
        IndicatorsApi.Map(api);
        EvaluationApi.Map(api);
        Progress.ProgressApi.Map(api);
        return endpoints;
    }
}
