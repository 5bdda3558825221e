using System.Security.Claims;
using Karsa.Application.Access;
using Karsa.Domain.Primitives;

namespace Karsa.Web.Access;

/// <summary>Reads the <see cref="Actor"/> of a request from its signed-in user (cookie or API token).</summary>
public static class ClaimsActor
{
    /// <summary>The actor, or null for an anonymous visitor (or a user whose claims are not Karsa's).</summary>
    public static Actor? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || !Enum.TryParse<Role>(user.FindFirstValue(KarsaClaims.Role), out var role))
        {
            return null;
        }

        var region = user.FindFirstValue(KarsaClaims.Region);
        RegionCode? code = region is not null && RegionCode.TryParse(region, out var parsed) ? parsed : null;
        var name = user.FindFirstValue(KarsaClaims.DisplayName) ?? user.Identity.Name ?? "?";
        return new Actor(name, role, code, user.FindFirstValue(KarsaClaims.Agency));
    }

    /// <summary>The actor of <paramref name="http"/>'s request.</summary>
    public static Actor? Of(HttpContext http) => From(http?.User);
}
