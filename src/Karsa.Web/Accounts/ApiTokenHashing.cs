using Karsa.Application.Accounts;

namespace Karsa.Web.Accounts;

/// <summary>Makes personal API tokens and their stored hashes (see <see cref="ApiTokens"/>); the token itself is never stored.</summary>
public static class ApiTokenHashing
{
    /// <summary>What every Karsa token starts with, so a leaked one is recognisable.</summary>
    public const string Marker = ApiTokens.Marker;

    /// <summary>A new random token (32 bytes of entropy).</summary>
    public static string NewToken() => ApiTokens.NewToken();

    /// <summary>The SHA-256 of <paramref name="token"/>, hex: what the database keeps.</summary>
    public static string Hash(string token) => ApiTokens.Hash(token);

    /// <summary>The first characters shown in token lists.</summary>
    public static string Prefix(string token) => ApiTokens.Prefix(token);
}
