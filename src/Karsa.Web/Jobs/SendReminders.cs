using Karsa.Application.Calendar;
using Karsa.Application.Monitoring;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Karsa.Web.Jobs;

/// <summary>
/// The scheduled job that runs the reporting calendar's reminders (<see cref="ReminderRun"/>) every
/// <see cref="ReminderJobSettings.IntervalSeconds"/>: notices in the app and mails in the outbox, which
/// <see cref="SendMail"/> sends. One run at a time in the cluster, and each reminder is recorded once
/// in the database, so no server sends one twice. Without progress facts (<see cref="IProgressFacts"/>,
/// registered by the progress feature) nothing is known to be owed and the job does nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class SendReminders(IOptions<KarsaWebOptions> web, IServiceProvider services, TimeProvider clock, ILogger<SendReminders> logger) : IJob
{
    /// <summary>The job's key in the job store.</summary>
    public static readonly JobKey Key = new("send-reminders", "karsa-housekeeping");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (services.GetService<IProgressFacts>() is not { } facts)
        {
            LogNoFacts();
            return;
        }

        var run = await ReminderRun.RunAsync(web.Value.Database, facts, clock, web.Value.PublicBaseUrl, cancellationToken).ConfigureAwait(false);
        if (!run.Succeeded)
        {
            LogFailed(run.Error.Message.In(Domain.Primitives.Language.English));
        }
        else if (run.Value.Reminders > 0 || run.Value.Digests > 0)
        {
            LogRun(run.Value.Reminders, run.Value.Digests);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reporting reminders: {Reminders} reminders and {Digests} overdue digests put in the outbox")]
    private partial void LogRun(int reminders, int digests);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reporting reminders could not run: {Error}")]
    private partial void LogFailed(string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reporting reminders skipped: no progress facts are registered")]
    private partial void LogNoFacts();
}

/// <summary>When the reminders run (configuration <c>Karsa:Reminders:IntervalSeconds</c>).</summary>
public static class ReminderJobSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Karsa:Reminders";

    /// <summary>Seconds between two runs of <see cref="SendReminders"/> (default 3600: hourly; a reminder goes out in the first run of its day).</summary>
    public static int IntervalSeconds(IConfiguration configuration) =>
        Math.Max(1, configuration.GetValue($"{Section}:IntervalSeconds", 3600));
}
