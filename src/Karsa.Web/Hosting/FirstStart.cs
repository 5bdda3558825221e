using Karsa.Application.Accounts;
using Karsa.Application.Plans;
using Karsa.Application.Samples;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Hosting;

/// <summary>
/// What happens when the web app starts: the schema is created or upgraded; on an empty database the
/// Karanganyar sample is loaded (unless <see cref="KarsaWebOptions.LoadSample"/> is off); and while the
/// administrator has no password, a one-time link to set it is printed. No default password exists.
/// </summary>
internal sealed partial class FirstStart(
    PlanStore store, IServiceScopeFactory scopes, IOptions<KarsaWebOptions> options, IServer server,
    IHostApplicationLifetime lifetime, ILogger<FirstStart> log) : IHostedService
{
    /// <summary>The administrator account's user name.</summary>
    public const string AdministratorName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (options.Value.LoadSample && (await store.ListAsync(cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            var sample = new PlanUpload(SamplePlans.Karanganyar(), SamplePlans.KaranganyarFileName, PlanFormat.Yaml);
            var imported = await UploadUseCases.ImportAsync(new RegionCode("33.13"), sample, options.Value.Database, "karsa", null, cancellationToken).ConfigureAwait(false);
            if (imported.Succeeded)
            {
                LogSampleLoaded(log, imported.Value.Outcome.Version);
            }
            else
            {
                LogSampleFailed(log, imported.Error.Message.English ?? imported.Error.Message.Indonesian);
            }
        }

        var link = await SetupLinkAsync().ConfigureAwait(false);
        if (link is not null)
        {
            lifetime.ApplicationStarted.Register(() => Announce(link));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The administrator's one-time link path while it has no password (the account use case creates it on first start).</summary>
    private async Task<string?> SetupLinkAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountUseCases>().AdministratorSetupPathAsync(AdministratorName).ConfigureAwait(false);
    }

    private void Announce(string path)
    {
        var baseUrl = options.Value.PublicBaseUrl.Length > 0
            ? options.Value.PublicBaseUrl.TrimEnd('/')
            : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/') ?? "http://localhost:5080";
        var url = baseUrl + path;
        Console.WriteLine();
        Console.WriteLine("  Karsa belum punya sandi administrator. Buka tautan sekali-pakai ini untuk mengaturnya:");
        Console.WriteLine("  Karsa has no administrator password yet. Open this one-time link to set it:");
        Console.WriteLine("  " + url);
        Console.WriteLine();
        LogSetupLink(log, url);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the Karanganyar sample as version {Version}")]
    private static partial void LogSampleLoaded(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "The Karanganyar sample could not be loaded: {Reason}")]
    private static partial void LogSampleFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The administrator has no password yet; one-time setup link: {Url}")]
    private static partial void LogSetupLink(ILogger logger, string url);
}
