using Microsoft.AspNetCore.Identity;

namespace Karsa.Storage.Accounts;

/// <summary>
/// A person who signs in to Karsa (ASP.NET Core Identity user, on the same database as the plans), with
/// the one role and the region (and, for an agency reporter, the agency) that their access is decided by.
/// </summary>
public sealed class KarsaUser : IdentityUser
{
    /// <summary>The name shown in the app and the audit log.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The role's name (see <c>Karsa.Application.Access.Role</c>), e.g. "Planner".</summary>
    public string Role { get; set; } = "Viewer";

    /// <summary>The Home Affairs code of the user's region (e.g. "33.13"); null for national roles.</summary>
    public string? RegionCode { get; set; }

    /// <summary>The agency (OPD) code of an agency reporter; null otherwise.</summary>
    public string? AgencyCode { get; set; }

    /// <summary>The language the user's mails are written in ("id" or "en"); null: Indonesian.</summary>
    public string? Language { get; set; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
