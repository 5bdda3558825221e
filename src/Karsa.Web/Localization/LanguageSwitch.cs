using Microsoft.AspNetCore.Localization;

namespace Karsa.Web.Localization;

/// <summary>
/// The language switch: Bahasa Indonesia by default, English on request. A plain link
/// (<c>/lang/en?return=/path</c>) sets a cookie and goes back, so it works without JavaScript.
/// </summary>
public static class LanguageSwitch
{
    /// <summary>The cultures Karsa speaks; the first is the default.</summary>
    public static readonly string[] Cultures = ["id-ID", "en"];

    /// <summary>Bahasa Indonesia by default; the cookie, then <c>?lang=</c>, then the browser's Accept-Language choose otherwise.</summary>
    public static IApplicationBuilder UseKarsaLanguages(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
            ];
        });

    /// <summary>Maps <c>GET /lang/{code}</c>: remembers the choice for a year and returns to a local address.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/lang/{code}", (string code, string? @return, HttpContext http) =>
        {
            var culture = code == "en" ? "en" : "id-ID";
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            var target = !string.IsNullOrEmpty(@return) && @return.StartsWith('/') && !@return.StartsWith("//", StringComparison.Ordinal) ? @return : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }
}
