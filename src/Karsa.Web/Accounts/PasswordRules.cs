using Karsa.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using static Karsa.Web.Localization.Say;

namespace Karsa.Web.Accounts;

/// <summary>Identity's password and token errors in the request's language.</summary>
public static class PasswordRules
{
    /// <summary>What <paramref name="error"/> means and what to do.</summary>
    public static string Describe(IdentityError error) => T(IdentityErrors.Describe(error));
}
