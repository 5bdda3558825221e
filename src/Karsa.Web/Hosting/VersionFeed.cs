using Karsa.Storage;
using Karsa.Storage.Heads;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Hosting;

/// <summary>
/// Follows the PostgreSQL database's changes to plan versions while the web app runs, so the heads of
/// published plans that every public page and dashboard asks for come from memory
/// (<see cref="VersionChangeFeed"/>). Does nothing on SQLite.
/// </summary>
internal sealed class VersionFeed(IOptions<KarsaWebOptions> options, ILogger<VersionFeed> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        VersionChangeFeed.FollowAsync(DatabaseLocation.Parse(options.Value.Database), log, stoppingToken);
}
