using System.Security.Cryptography;
using System.Text;

namespace Karsa.Web.Accounts;

/// <summary>Makes personal API tokens and their stored hashes; the token itself is never stored.</summary>
public static class ApiTokenHashing
{
    /// <summary>What every Karsa token starts with, so a leaked one is recognisable.</summary>
    public const string Marker = "karsa_";

    /// <summary>A new random token (32 bytes of entropy).</summary>
    public static string NewToken() => Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The SHA-256 of <paramref name="token"/>, hex: what the database keeps.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The first characters shown in token lists.</summary>
    public static string Prefix(string token) => token[..Math.Min(token.Length, Marker.Length + 6)];
}
