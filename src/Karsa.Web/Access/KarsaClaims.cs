namespace Karsa.Web.Access;

/// <summary>The claim types that carry a user's role, region and agency in the sign-in cookie and for API tokens.</summary>
public static class KarsaClaims
{
    /// <summary>The role's name (<see cref="Application.Access.Role"/>).</summary>
    public const string Role = "karsa:role";

    /// <summary>The region's Home Affairs code.</summary>
    public const string Region = "karsa:region";

    /// <summary>The agency code of an agency reporter.</summary>
    public const string Agency = "karsa:agency";

    /// <summary>The name the audit log records.</summary>
    public const string DisplayName = "karsa:name";
}
