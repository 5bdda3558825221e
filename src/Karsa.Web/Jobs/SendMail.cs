using Karsa.Application.Mail;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Karsa.Web.Jobs;

/// <summary>
/// The scheduled job that sends what waits in the e-mail outbox (<see cref="MailDelivery"/>), every
/// <see cref="MailJobSettings.IntervalSeconds"/>. One run at a time in the whole cluster (the job store
/// is shared and the job disallows concurrent runs), and each mail is claimed before it is sent, so no
/// mail goes out twice. While no SMTP server is configured, or while it is down, mails wait.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class SendMail(IOptions<KarsaWebOptions> web, IOptions<MailSettings> mail, TimeProvider clock, ILogger<SendMail> logger) : IJob
{
    /// <summary>The job's key in the job store.</summary>
    public static readonly JobKey Key = new("send-mail", "karsa-housekeeping");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!mail.Value.Configured)
        {
            return;
        }

        var sender = $"{Environment.MachineName}:{Environment.ProcessId}";
        var run = await MailDelivery.DeliverAsync(web.Value.Database, new SmtpMailTransport(mail.Value), mail.Value, clock, sender, cancellationToken).ConfigureAwait(false);
        if (run.Sent > 0 || run.Failed > 0)
        {
            LogRun(run.Sent, run.Failed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail outbox: {Sent} sent, {Failed} failed and waiting")]
    private partial void LogRun(int sent, int failed);
}

/// <summary>When the outbox is sent (configuration <c>Karsa:Mail:IntervalSeconds</c>).</summary>
public static class MailJobSettings
{
    /// <summary>Seconds between two runs of <see cref="SendMail"/> (default 60).</summary>
    public static int IntervalSeconds(IConfiguration configuration) =>
        Math.Max(1, configuration.GetValue($"{MailSettings.Section}:IntervalSeconds", 60));
}
