using System.Security.Cryptography;
using System.Text;

namespace Karsa.Application.Accounts;

/// <summary>Makes personal API tokens and their stored hashes; the token itself is never stored.</summary>
public static class ApiTokens
{
    /// <summary>What every Karsa token starts with, so a leaked one is recognisable.</summary>
    public const string Marker = "karsa_";

    /// <summary>The longest a token may live.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>A new random token (32 bytes of entropy).</summary>
    public static string NewToken() => Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The SHA-256 of <paramref name="token"/>, hex: what the database keeps.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    /// <summary>The first characters shown in token lists.</summary>
    public static string Prefix(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token[..Math.Min(token.Length, Marker.Length + 6)];
    }
}
