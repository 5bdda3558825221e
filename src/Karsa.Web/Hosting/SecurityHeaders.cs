using Scalar.AspNetCore;

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

    /// <summary>The policy of the API reference at /docs: its inline start script only by <paramref name="nonce"/>; its inline styles allowed.</summary>
    public static string DocsPolicy(string? nonce) =>
        ContentSecurityPolicy.Replace("script-src 'self'", nonce is null ? "script-src 'self' 'unsafe-eval'" : $"script-src 'self' 'unsafe-eval' 'nonce-{nonce}'",
                StringComparison.Ordinal)
            .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);

    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            if (http.Request.Path.StartsWithSegments("/docs"))
            {
                // Scalar's page starts itself with one inline module script carrying a fresh nonce
                // (ScalarOptions.DynamicNonce): /docs alone allows that nonce, never 'unsafe-inline' scripts.
                headers.ContentSecurityPolicy = DocsPolicy(null);
                http.Response.OnStarting(() =>
                {
                    if (http.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
                    {
                        http.Response.Headers.ContentSecurityPolicy = DocsPolicy(nonce);
                    }

                    return Task.CompletedTask;
                });
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next(http).ConfigureAwait(false);
        });
}
