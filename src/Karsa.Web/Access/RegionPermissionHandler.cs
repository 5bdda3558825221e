using Karsa.Application.Access;
using Karsa.Domain.Primitives;
using Microsoft.AspNetCore.Authorization;

namespace Karsa.Web.Access;

/// <summary>
/// Decides a <see cref="PermissionRequirement"/> by asking <see cref="AccessPolicy"/> with the request's
/// actor and region. The region is the resource when a caller passes one, else the route's
/// <c>{region}</c> value; never one read from a request body or an uploaded file.
/// </summary>
internal sealed class RegionPermissionHandler(IHttpContextAccessor accessor) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var region = context.Resource switch
        {
            RegionCode code => code,
            _ => RegionOfRoute(accessor.HttpContext),
        };
        if (AccessPolicy.Allows(ClaimsActor.From(context.User), requirement.Permission, region))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>The route's <c>{region}</c>, when it is a valid code.</summary>
    internal static RegionCode? RegionOfRoute(HttpContext? http) =>
        http?.GetRouteValue("region") is string text && RegionCode.TryParse(text, out var code) ? code : null;
}
