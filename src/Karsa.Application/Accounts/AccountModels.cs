using Karsa.Application.Access;

namespace Karsa.Application.Accounts;

/// <summary>An account as administrators see it (never its password or tokens).</summary>
/// <param name="Id">The account's id.</param>
/// <param name="UserName">The sign-in name.</param>
/// <param name="DisplayName">The name shown in the app and the audit log.</param>
/// <param name="Role">Its one role.</param>
/// <param name="Region">Its region; null for national roles.</param>
/// <param name="Agency">An agency reporter's agency code.</param>
/// <param name="HasPassword">False until the one-time link was used.</param>
/// <param name="LockedUntil">Until when it is locked (by an administrator or after failed sign-ins), if it is.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="ConcurrencyStamp">Changes with every change of the account: its ETag.</param>
public sealed record UserView(
    string Id, string UserName, string DisplayName, Role Role, string? Region, string? Agency, bool HasPassword,
    DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt, string ConcurrencyStamp);

/// <summary>What an administrator sets on an account.</summary>
/// <param name="UserName">The sign-in name (only used when creating).</param>
/// <param name="DisplayName">The name shown.</param>
/// <param name="Role">The role's name (<see cref="Access.Role"/>).</param>
/// <param name="Region">The region's code; empty for national roles.</param>
/// <param name="Agency">The agency code, for agency reporters only.</param>
public sealed record UserInput(string UserName, string DisplayName, string Role, string? Region, string? Agency);

/// <summary>A one-time link to set a password: the path (with the token) to hand to the person.</summary>
/// <param name="User">The account.</param>
/// <param name="Path">The site-relative path, e.g. <c>/akun/sandi-pertama?user=...&amp;token=...</c>.</param>
public sealed record OneTimeLink(UserView User, string Path);

/// <summary>A personal API token as its owner's list shows it (never the token itself).</summary>
/// <param name="Id">The token's id (to revoke it).</param>
/// <param name="Name">The name its owner gave it.</param>
/// <param name="Prefix">Its first characters.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="LastUsedAt">When it was last used, if ever.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
public sealed record TokenView(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>True while it works at <paramref name="now"/>.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}

/// <summary>A token just made: the token itself, shown once, and its list entry.</summary>
/// <param name="Token">The secret to copy now; it is never shown again.</param>
/// <param name="View">The list entry.</param>
public sealed record NewToken(string Token, TokenView View);

/// <summary>A page of accounts.</summary>
/// <param name="Users">This page's accounts, by user name.</param>
/// <param name="Total">How many accounts the caller may manage in all.</param>
public sealed record UserList(IReadOnlyList<UserView> Users, int Total);
