using Karsa.Application.Access;
using Microsoft.AspNetCore.Authorization;

namespace Karsa.Web.Access;

/// <summary>
/// Registers one authorization policy per <see cref="Permission"/>, named after it, all decided by
/// <see cref="RegionPermissionHandler"/> (hence by <see cref="AccessPolicy"/>). Pages use
/// <c>[Authorize(Policy = nameof(Permission.EditDraft))]</c>; API endpoints
/// <c>.RequireAuthorization(nameof(Permission.EditDraft))</c>.
/// </summary>
public static class AccessServices
{
    /// <summary>Adds the policies and their handler.</summary>
    public static IServiceCollection AddKarsaAccess(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthorizationHandler, RegionPermissionHandler>();
        services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
            {
                options.AddPolicy(permission.ToString(), policy => policy.AddRequirements(new PermissionRequirement(permission)));
            }
        });
        return services;
    }

    /// <summary>True when the request's user may do <paramref name="permission"/> to the route's region (for choices inside a page).</summary>
    public static bool May(this HttpContext http, Permission permission) =>
        AccessPolicy.Allows(ClaimsActor.Of(http), permission, RegionPermissionHandler.RegionOfRoute(http));
}
