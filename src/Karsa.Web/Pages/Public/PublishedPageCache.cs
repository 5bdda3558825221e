using Karsa.Application.Portal;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Portal;

/// <summary>
/// Keeps the HTML of a public plan page as answered to an anonymous visitor, keyed by the region's
/// newest published version and its content hash (asked of the store on every request: one indexed
/// row on SQLite, memory on PostgreSQL while the version feed follows the database), the language and the query string. A published version never changes under its
/// hash, so a new publish, by this process or any other, makes a new key and the old page is never
/// shown again; drafts never reach these pages at all. The key also holds the day and a stamp of the region's
/// observations, progress reports and settings, and published evaluation results, since the plan page
/// shows the indicator status, the progress bars and the latest evaluation. Signed-in visitors get a freshly rendered page
/// (the header names them) and are never served from, nor stored in, the cache.
/// </summary>
public sealed class PublishedPageCache : IOutputCachePolicy
{
    /// <summary>The policy's name for <see cref="OutputCacheAttribute.PolicyName"/>.</summary>
    public const string Name = "published-plan";

    /// <summary>How long a page is kept without being asked for (its key changes on every publish anyway).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            || http.User.Identity?.IsAuthenticated == true
            || http.Request.RouteValues["region"] is not string region)
        {
            return;
        }

        var database = http.RequestServices.GetRequiredService<IOptions<KarsaWebOptions>>().Value.Database;
        var head = await PortalUseCases.PublishedVersionAsync(database, region, cancellation).ConfigureAwait(false);
        if (!head.Succeeded)
        {
            return;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["published"] = $"{head.Value.Version}:{head.Value.Token}";
        context.CacheVaryByRules.VaryByValues["language"] = Say.HtmlLang;

        // The plan page shows the indicator status, the progress bars and the latest evaluation, which move with
        // new observations, progress reports or settings, a published evaluation, and the date.
        var monitoring = await PublicMonitoringUseCases.StampAsync(database, region, cancellation).ConfigureAwait(false);
        if (!monitoring.Succeeded)
        {
            context.EnableOutputCaching = false;
            return;
        }

        var today = DateOnly.FromDateTime(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        context.CacheVaryByRules.VaryByValues["monitoring"] = $"{today:yyyy-MM-dd}:{monitoring.Value}";
    }

    /// <inheritdoc />
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;

        // Only a complete page for nobody in particular: no cookie set on the way (e.g. a sign-in), no error.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
