using System.Security.Claims;
using Karsa.Application.Access;
using Karsa.Web.Access;

namespace Karsa.Web.Accounts;

/// <summary>The signed-in user of a request: their account id and their actor.</summary>
public static class CurrentUser
{
    /// <summary>The account id of the request's user (empty when anonymous).</summary>
    public static string Id(HttpContext http) => http?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>The request's actor; throws when anonymous (only call it behind an authorization policy).</summary>
    public static Actor Actor(HttpContext http) =>
        ClaimsActor.Of(http) ?? throw new InvalidOperationException("The request has no signed-in Karsa user.");
}
