using System.Security.Claims;
using Karsa.Storage.Accounts;
using Karsa.Web.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Accounts;

/// <summary>Puts a user's role, region, agency and display name into their claims (cookie and API token alike).</summary>
internal sealed class KarsaClaimsFactory(UserManager<KarsaUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<KarsaUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KarsaUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaims(ClaimsOf(user));
        return identity;
    }

    /// <summary>The Karsa claims of <paramref name="user"/>.</summary>
    internal static IEnumerable<Claim> ClaimsOf(KarsaUser user)
    {
        yield return new Claim(KarsaClaims.Role, user.Role);
        yield return new Claim(KarsaClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? user.Id : user.DisplayName);
        if (!string.IsNullOrEmpty(user.RegionCode))
        {
            yield return new Claim(KarsaClaims.Region, user.RegionCode);
        }

        if (!string.IsNullOrEmpty(user.AgencyCode))
        {
            yield return new Claim(KarsaClaims.Agency, user.AgencyCode);
        }
    }
}
