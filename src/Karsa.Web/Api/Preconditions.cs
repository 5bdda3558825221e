using Microsoft.Net.Http.Headers;

namespace Karsa.Web.Api;

/// <summary>
/// Entity tags and preconditions. A resource's ETag is its concurrency token (the version's content
/// hash); every update must send it back in <c>If-Match</c>: without it the answer is 428, with a stale
/// one 412 (the use case finds it stale), so nobody overwrites a change they have not seen.
/// </summary>
public static class Preconditions
{
    /// <summary>The strong ETag of a token.</summary>
    public static string ETagOf(string token) => $"\"{token}\"";

    /// <summary>Sets the response's ETag.</summary>
    public static void SetETag(this HttpContext http, string token)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers[HeaderNames.ETag] = ETagOf(token);
    }

    /// <summary>
    /// The token named by the request's <c>If-Match</c>, or null with <paramref name="refusal"/> set to
    /// the 428 answer when the header is missing or not a single strong tag.
    /// </summary>
    public static string? RequiredIfMatch(HttpContext http, out IResult? refusal)
    {
        ArgumentNullException.ThrowIfNull(http);
        var header = http.Request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.Length > 2 && header[0] == '"' && header[^1] == '"' && !header.Contains(',', StringComparison.Ordinal))
        {
            refusal = null;
            return header[1..^1];
        }

        refusal = ApiProblems.Of(StatusCodes.Status428PreconditionRequired,
            "Pembaruan memerlukan header If-Match berisi ETag terakhir yang Anda baca (GET sumber ini dahulu).",
            "An update needs an If-Match header with the last ETag you read (GET this resource first).");
        return null;
    }

    /// <summary>
    /// The token a whole-plan save is based on: the <c>If-Match</c> tag, or
    /// <see cref="Application.Plans.RegionVersions.NoVersionYet"/> for <c>If-None-Match: *</c> (only when
    /// the region has no plan yet); null with <paramref name="refusal"/> set to the 428 answer when neither is sent.
    /// </summary>
    public static string? RequiredIfMatchOrNone(HttpContext http, out IResult? refusal)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.Headers[HeaderNames.IfNoneMatch].ToString().Trim() == "*" && http.Request.Headers[HeaderNames.IfMatch].Count == 0)
        {
            refusal = null;
            return Application.Plans.RegionVersions.NoVersionYet;
        }

        var token = RequiredIfMatch(http, out refusal);
        if (token is null)
        {
            refusal = ApiProblems.Of(StatusCodes.Status428PreconditionRequired,
                "Simpan memerlukan header If-Match berisi ETag versi terbaru (GET draf dahulu), atau If-None-Match: * untuk rencana pertama wilayah ini.",
                "A save needs an If-Match header with the newest version's ETag (GET the draft first), or If-None-Match: * for the region's first plan.");
        }

        return token;
    }
}
