namespace Karsa.Web.Hosting;

/// <summary>
/// Security headers on every answer: a content security policy without inline scripts (scripts and
/// styles only from the app itself), no framing, no MIME sniffing, no referrer beyond the origin.
/// HSTS is added by the pipeline outside Development (behind TLS).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The content security policy.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/docs")
                ? ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self' 'unsafe-eval'", StringComparison.Ordinal)
                    .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal)
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next(http).ConfigureAwait(false);
        });
}
