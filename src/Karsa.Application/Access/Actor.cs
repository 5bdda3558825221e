using Karsa.Domain.Primitives;

namespace Karsa.Application.Access;

/// <summary>
/// Who is asking: a signed-in user's name, role, region and agency. An anonymous visitor is no actor
/// (null) and may only read what is published.
/// </summary>
/// <param name="Name">The name the audit log records.</param>
/// <param name="Role">The user's one role.</param>
/// <param name="Region">The user's region; null for national roles (system administrator, ministry evaluator).</param>
/// <param name="Agency">An agency reporter's agency code; null otherwise.</param>
public sealed record Actor(string Name, Role Role, RegionCode? Region, string? Agency)
{
    /// <summary>True for the roles that act on every region rather than one.</summary>
    public bool IsNational => Role is Role.SystemAdministrator or Role.MinistryEvaluator;
}
