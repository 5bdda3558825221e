using Karsa.Application.Access;
using Karsa.Domain.Primitives;

namespace Karsa.Cli;

/// <summary>
/// Who acts when <c>karsa</c> works on a database: the operator of this machine, who can open the
/// database (the SQLite file, or a PostgreSQL role's connection string) and is trusted as such. For a
/// region's progress and evaluation the operator acts as the region's planner (as an agency's reporter
/// to list that agency's programmes only); for the national
/// ranking, as the system administrator. The audit log records the operating system's user name.
/// </summary>
internal static class LocalOperator
{
    /// <summary>The operator as the planner of <paramref name="region"/>; null (anonymous) when the code is not a region code, so the use case names the problem.</summary>
    public static Actor? PlannerOf(string region) =>
        RegionCode.TryParse(region, out var code) ? new Actor(Environment.UserName, Role.Planner, code, null) : null;

    /// <summary>
    /// The operator looking at the region as <paramref name="agency"/>'s reporter does: the use cases then
    /// list that agency's programmes only (a read; the command line never writes as a reporter).
    /// </summary>
    public static Actor? ReporterOf(string region, string agency) =>
        RegionCode.TryParse(region, out var code) ? new Actor(Environment.UserName, Role.AgencyReporter, code, agency) : null;

    /// <summary>The operator as the installation's system administrator (reads the national view).</summary>
    public static Actor Administrator => new(Environment.UserName, Role.SystemAdministrator, null, null);
}
