using Karsa.Application.Jobs;
using Karsa.Storage;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Karsa.Web.Jobs;

/// <summary>
/// Long work (roadmap solves, what-ifs, scenarios, PDF books) as Quartz.NET jobs on the Karsa database:
/// the ADO.NET store on the same SQLite file or PostgreSQL database (its tables provisioned by Quartz).
/// On PostgreSQL the servers sharing the database form a cluster (each job runs once; a job whose server
/// died is recovered by another and run again); SQLite is one server's (Quartz refuses to cluster it), and
/// a job its server was running when it died runs again when it starts. At most <see cref="KarsaWebOptions.MaxConcurrentSolves"/> at once per server. Each
/// job runs in a worker process (<see cref="WorkerProcess"/>).
/// </summary>
public static class JobServices
{
    /// <summary>Adds the scheduler and the jobs.</summary>
    public static IServiceCollection AddKarsaJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var web = configuration.GetSection(KarsaWebOptions.Section).Get<KarsaWebOptions>() ?? new KarsaWebOptions();
        var section = configuration.GetSection(KarsaJobOptions.Section);
        var options = section.Get<KarsaJobOptions>() ?? new KarsaJobOptions();
        foreach (var variable in section.GetSection(nameof(KarsaJobOptions.WorkerEnvironment)).GetChildren())
        {
            options.WorkerEnvironment[variable.Key] = variable.Value ?? "";
        }

        services.AddSingleton(Options.Create(options));
        services.AddSingleton(options);
        services.AddSingleton<WorkerProcess>();
        services.AddSingleton<IJobScheduler, QuartzJobScheduler>();
        services.AddSingleton<SolveSlots>();
        services.AddTransient<RunJob>();
        services.Configure<Application.Mail.MailSettings>(configuration.GetSection(Application.Mail.MailSettings.Section));
        var location = DatabaseLocation.Parse(web.Database);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName(options, location);
                scheduler.IdleWaitTime = TimeSpan.FromSeconds(1);

                // Stopping the server cancels its running jobs (their workers are killed) and waits while
                // each one puts its job back in the queue, so nothing is written after the server stopped.
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            // One thread more than solves may run (SolveSlots keeps them to the limit): housekeeping never waits for a solve.
            quartz.UseDefaultThreadPool(Math.Max(1, web.MaxConcurrentSolves) + 1);
            quartz.AddJob<SendMail>(job => job.WithIdentity(SendMail.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(SendMail.Key).WithIdentity("send-mail", "karsa-housekeeping")
                .WithSimpleSchedule(every => every.WithInterval(TimeSpan.FromSeconds(MailJobSettings.IntervalSeconds(configuration))).RepeatForever()));
            quartz.AddJob<SendReminders>(job => job.WithIdentity(SendReminders.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(SendReminders.Key).WithIdentity("send-reminders", "karsa-housekeeping")
                .WithSimpleSchedule(every => every.WithInterval(TimeSpan.FromSeconds(ReminderJobSettings.IntervalSeconds(configuration))).RepeatForever()));
            quartz.UsePersistentStore(store =>
            {
                if (location.Provider == DatabaseProvider.Sqlite)
                {
                    store.UseSqlite(location.ConnectionString);
                }
                else
                {
                    store.UsePostgres(location.ConnectionString);
                    store.UseClustering();
                }

                store.ProvisionSchema();
            });
        });
        if (options.RunJobs)
        {
            services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        }

        return services;
    }

    /// <summary>
    /// The scheduler's name: the configured one on PostgreSQL (the cluster's name); on SQLite, made
    /// unique per database file, because one process may hold several SQLite schedulers (tests do) and
    /// a scheduler's name must be unique within a process.
    /// </summary>
    private static string SchedulerName(KarsaJobOptions options, DatabaseLocation location)
    {
        if (location.Provider == DatabaseProvider.PostgreSql)
        {
            return options.SchedulerName;
        }

        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(location.Display));
        return $"{options.SchedulerName}-{Convert.ToHexStringLower(hash)[..12]}";
    }
}
