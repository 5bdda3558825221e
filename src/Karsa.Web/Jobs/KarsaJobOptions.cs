namespace Karsa.Web.Jobs;

/// <summary>
/// How background jobs run, from the <c>Karsa:Jobs</c> section (e.g. <c>Karsa__Jobs__RunJobs</c>). How
/// many run at once is <see cref="Hosting.KarsaWebOptions.MaxConcurrentSolves"/>.
/// </summary>
public sealed class KarsaJobOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Karsa:Jobs";

    /// <summary>
    /// Run jobs on this server. False: the server only queues them (e.g. a front server whose
    /// database other servers run the jobs of); they stay queued in the database until a server runs them.
    /// </summary>
    public bool RunJobs { get; set; } = true;

    /// <summary>The worker (<c>Karsa.Worker.dll</c>); empty: the one beside the web app.</summary>
    public string WorkerPath { get; set; } = "";

    /// <summary>The dotnet host that starts the worker; empty: this process's host, then DOTNET_HOST_PATH, then <c>dotnet</c> on the PATH.</summary>
    public string DotnetHost { get; set; } = "";

    /// <summary>Environment variables given to every worker (tests use it for the worker's test modes).</summary>
    public Dictionary<string, string> WorkerEnvironment { get; } = new(StringComparer.Ordinal);

    /// <summary>How often a running job records its progress and looks for a cancellation, in milliseconds.</summary>
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>The scheduler's name: every server sharing one database must use the same (they form a cluster).</summary>
    public string SchedulerName { get; set; } = "karsa";
}
