namespace Karsa.Web.Api;

/// <summary>Accounts, personal API tokens and the audit log.</summary>
internal static class AccountsApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
