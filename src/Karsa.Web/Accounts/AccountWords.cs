using Karsa.Application.Access;
using Karsa.Application.Accounts;
using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Web.Hosting;
using static Karsa.Web.Localization.Say;

namespace Karsa.Web.Accounts;

/// <summary>Words and links the account pages share: role names, messages at fields, full one-time links.</summary>
public static class AccountWords
{
    /// <summary>A role's name in the request's language.</summary>
    public static string RoleName(Role role) => role switch
    {
        Role.SystemAdministrator => T("Administrator sistem", "System administrator"),
        Role.MinistryEvaluator => T("Evaluator kementerian", "Ministry evaluator"),
        Role.RegionAdministrator => T("Administrator wilayah", "Region administrator"),
        Role.Planner => T("Perencana", "Planner"),
        Role.AgencyReporter => T("Pelapor perangkat daerah", "Agency reporter"),
        _ => T("Pembaca", "Viewer"),
    };

    /// <summary>The messages of <paramref name="diagnostics"/> at <paramref name="path"/>.</summary>
    public static IEnumerable<string> At(IEnumerable<Diagnostic> diagnostics, string path) =>
        diagnostics.Where(d => d.Path == path).Select(d => T(d.Message));

    /// <summary>The problems of a failed use case: its diagnostics, or its message as a problem of the whole page (path "").</summary>
    public static IReadOnlyList<Diagnostic> ProblemsOf(UseCaseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Diagnostics.Count > 0 ? error.Diagnostics : [AccountRules.Problem("", error.Message.Indonesian, error.Message.English ?? error.Message.Indonesian)];
    }

    /// <summary>The full address of a site path, at the configured public address or the request's own.</summary>
    public static string FullUrl(HttpContext http, KarsaWebOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var root = options.PublicBaseUrl.Length > 0 ? options.PublicBaseUrl.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return root + path;
    }

    /// <summary>A time in the request's language's form, UTC.</summary>
    public static string When(DateTimeOffset? at) => at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
