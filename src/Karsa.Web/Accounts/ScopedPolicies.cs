using Karsa.Application.Access;
using Karsa.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace Karsa.Web.Accounts;

/// <summary>
/// Policies for pages and endpoints without a <c>{region}</c> in their route (the account and audit
/// administration): the actor may do the permission to the whole installation or to their own region,
/// as <see cref="AccessPolicy"/> decides. The use cases then limit what they show to that scope.
/// </summary>
public static class ScopedPolicies
{
    /// <summary>Administrators of the installation or of a region: <see cref="Permission.ManageUsers"/>.</summary>
    public const string ManageUsers = "ManageUsersInScope";

    /// <summary>Readers of the whole audit log or of their region's: <see cref="Permission.ReadAudit"/>.</summary>
    public const string ReadAudit = "ReadAuditInScope";

    /// <summary>Adds both policies and their handler.</summary>
    public static IServiceCollection AddScopedPermissions(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, Handler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ManageUsers, policy => policy.AddRequirements(new Requirement(Permission.ManageUsers)))
            .AddPolicy(ReadAudit, policy => policy.AddRequirements(new Requirement(Permission.ReadAudit)));
        return services;
    }

    /// <summary>True when <paramref name="actor"/> may do <paramref name="permission"/> to the installation or to their own region.</summary>
    public static bool Allows(Actor? actor, Permission permission) =>
        AccessPolicy.Allows(actor, permission, null) || (actor?.Region is { } own && AccessPolicy.Allows(actor, permission, own));

    /// <summary>The requirement: <see cref="Permission"/> in the actor's scope.</summary>
    /// <param name="Permission">The permission.</param>
    internal sealed record Requirement(Permission Permission) : IAuthorizationRequirement;

    private sealed class Handler : AuthorizationHandler<Requirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
        {
            if (Allows(ClaimsActor.From(context.User), requirement.Permission))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
