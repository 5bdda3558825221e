namespace Karsa.Web.Jobs;

/// <summary>Long work (roadmap solves, what-ifs, scenarios, PDF books) as Quartz.NET jobs on the Karsa database.</summary>
public static class JobServices
{
    /// <summary>Adds the scheduler and the jobs.</summary>
    public static IServiceCollection AddKarsaJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
