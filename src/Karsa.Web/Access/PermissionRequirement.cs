using Karsa.Application.Access;
using Microsoft.AspNetCore.Authorization;

namespace Karsa.Web.Access;

/// <summary>An authorization requirement: the request's actor may do <see cref="Permission"/> to the route's region.</summary>
/// <param name="Permission">What the endpoint or page does.</param>
public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;
