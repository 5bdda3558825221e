using Karsa.Application.Access;
using Karsa.Domain.Diagnostics;

namespace Karsa.Web.Pages.Admin;

/// <summary>The fields of an account an administrator sets (the <c>_UserFields</c> partial), with the roles they may give and the problems found.</summary>
/// <param name="DisplayName">The display name typed.</param>
/// <param name="Role">The role chosen.</param>
/// <param name="Region">The region code typed.</param>
/// <param name="Agency">The agency code typed.</param>
/// <param name="Roles">The roles offered.</param>
/// <param name="Problems">The problems, each at its field.</param>
public sealed record UserFields(string DisplayName, string Role, string? Region, string? Agency, IEnumerable<Role> Roles, IReadOnlyList<Diagnostic> Problems);
