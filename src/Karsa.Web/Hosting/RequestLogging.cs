using System.Diagnostics;
using Karsa.Web.Access;

namespace Karsa.Web.Hosting;

/// <summary>
/// Logs every request once it is answered: method, path (never the query string, which may carry a
/// one-time link's token), status, duration, and the user's name, role and region. Request bodies and
/// headers (passwords, cookies, API tokens) are never logged.
/// </summary>
public static partial class RequestLogging
{
    /// <summary>The log category.</summary>
    public const string Category = "Karsa.Requests";

    /// <summary>Adds the request log to the pipeline (after authentication, so the user is known).</summary>
    public static IApplicationBuilder UseKarsaRequestLogging(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(http).ConfigureAwait(false);
            }
            finally
            {
                if (log.IsEnabled(LogLevel.Information))
                {
                    Log(log, http, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        });
    }

    private static void Log(ILogger log, HttpContext http, double elapsedMs)
    {
        var actor = ClaimsActor.Of(http);
        var (user, role, region) = actor is null ? ("-", "-", "-") : (actor.Name, actor.Role.ToString(), actor.Region?.Value ?? "-");
        var path = http.Request.Path.Value ?? "/";
        LogRequest(log, http.Request.Method, path, http.Response.StatusCode, elapsedMs, user, role, region);
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "{Method} {Path} answered {Status} in {ElapsedMs:0.0} ms for {User} ({Role}, {Region})")]
    private static partial void LogRequest(ILogger logger, string method, string path, int status, double elapsedMs, string user, string role, string region);
}
