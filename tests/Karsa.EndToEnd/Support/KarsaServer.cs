using Karsa.Application.Access;
using Karsa.Application.Jobs;
using Karsa.Application.Plans;
using Karsa.Application.Roadmaps;
using Karsa.Planning.Roadmaps;
using Karsa.Storage.Accounts;
using Karsa.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.EndToEnd.Support;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, on a test database with the sample loaded,
/// with two planners of the sample's region (33.13) made through the app's own account services.
/// </summary>
public sealed partial class KarsaServer : IAsyncDisposable
{
    /// <summary>The sample's region.</summary>
    public const string Region = "33.13";

    /// <summary>A planner of <see cref="Region"/>.</summary>
    public const string Planner = "perencana";

    /// <summary>A second planner of <see cref="Region"/> (for concurrent edits).</summary>
    public const string OtherPlanner = "perencana2";

    /// <summary>The administrator that the app creates without a password on first start.</summary>
    public const string Administrator = "admin";

    private readonly TestDatabase database;
    private readonly KarsaWebFactory factory;

    private KarsaServer(TestDatabase database, KarsaWebFactory factory, Uri address)
    {
        this.database = database;
        this.factory = factory;
        Address = address;
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The password of every account the server made.</summary>
    public static string Password => KarsaWebFactory.Password;

    /// <summary>Starts the app on <paramref name="database"/> (which it disposes in the end) and makes the planners.</summary>
    public static async Task<KarsaServer> StartAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var factory = new KarsaWebFactory(database);
        try
        {
            factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
            factory.StartServer();
            var bound = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel started but reported no address.");
            await factory.CreateUserAsync(Planner, Role.Planner, Region);
            await factory.CreateUserAsync(OtherPlanner, Role.Planner, Region);
            return new KarsaServer(database, factory, new Uri(bound.TrimEnd('/') + "/"));
        }
        catch
        {
            await factory.DisposeAsync();
            database.Dispose();
            throw;
        }
    }

    /// <summary>Makes an account with <paramref name="role"/> (in <paramref name="region"/>) and the test password through the app's services; returns its id.</summary>
    public async Task<string> CreateUserAsync(string userName, Role role, string? region = null, string? agency = null) =>
        (await factory.CreateUserAsync(userName, role, region, agency)).Id;

    /// <summary>
    /// Asks for <paramref name="request"/> as <paramref name="userName"/> through the app's job use case and
    /// scheduler (the same path as the pages), then waits until it has finished; fails unless it succeeded.
    /// </summary>
    public async Task<JobStatus> RunJobAsync(JobRequest request, string userName = Planner)
    {
        var scheduler = factory.Services.GetRequiredService<IJobScheduler>();
        var submitted = await JobUseCases.SubmitAsync(request, userName, database.Db, scheduler);
        Assert.True(submitted.Succeeded, submitted.Succeeded ? "" : submitted.Error.Message.English);
        using var watchdog = new CancellationTokenSource(JobWatchdog);
        var job = submitted.Value;
        while (!job.Finished)
        {
            await Task.Delay(200, watchdog.Token);
            var found = await JobUseCases.GetAsync(job.Id, database.Db);
            Assert.True(found.Succeeded, found.Succeeded ? "" : found.Error.Message.English);
            job = found.Value;
        }

        Assert.True(job.State == JobStates.Succeeded, $"The {job.Kind} job ended {job.State}: {job.Message?.English}");
        return job;
    }

    /// <summary>Generous: only there so that a job that never ends fails the test instead of hanging it.</summary>
    public static TimeSpan JobWatchdog { get; } = TimeSpan.FromMinutes(4);

    /// <summary>The absolute address of <paramref name="path"/> (which starts with a slash).</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>
    /// The one-time path that sets the administrator's first password, as the app prints it at start:
    /// a password-reset token made by the app's <see cref="UserManager{TUser}"/>.
    /// </summary>
    public async Task<string> FirstPasswordPathAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KarsaUser>>();
        var admin = await users.FindByNameAsync(Administrator) ?? throw new InvalidOperationException("The app made no administrator on first start.");
        Assert.False(await users.HasPasswordAsync(admin), "The administrator already has a password.");
        var token = await users.GeneratePasswordResetTokenAsync(admin);
        return $"/akun/sandi-pertama?user={Uri.EscapeDataString(Administrator)}&token={Uri.EscapeDataString(token)}";
    }

    /// <summary>
    /// Publishes the sample's draft as the app's use cases do it: a (greedy, so quick) roadmap is
    /// planned and adopted, then the version is published. Returns the published version's number.
    /// </summary>
    public async Task<int> PublishSampleAsync()
    {
        var adopted = await PlanRoadmap.RunAsync(new RoadmapRequest { Source = Region, Database = database.Db, Strategy = PlanningStrategy.Greedy, Adopt = true });
        Assert.True(adopted.Succeeded, adopted.Succeeded ? "" : adopted.Error.Message.English);
        var published = await VersionUseCases.PublishAsync(Region, null, database.Db);
        Assert.True(published.Succeeded, published.Succeeded ? "" : published.Error.Message.English);
        return published.Value.Stored.Summary.Version;
    }

    /// <summary>Creates an evaluation cycle of 2025 from the balanced weight preset and opens its self-assessment, as the ministry does; returns its id.</summary>
    public async Task<long> OpenEvaluationCycleAsync()
    {
        var ministry = new Actor("kementerian", Role.MinistryEvaluator, null, null);
        var created = await Karsa.Application.Evaluation.CycleUseCases.CreateAsync(database.Db, ministry, new Karsa.Application.Evaluation.NewCycle(
            new Karsa.Domain.Primitives.FiscalYear(2025), new Karsa.Domain.Primitives.LocalizedText("Evaluasi Smart City 2025"), Karsa.Monitoring.Evaluation.WeightPresets.Balanced.Key),
            DateTimeOffset.UtcNow);
        Assert.True(created.Succeeded, created.Succeeded ? "" : created.Error.Message.English);
        var opened = await Karsa.Application.Evaluation.CycleUseCases.MoveAsync(database.Db, ministry, created.Value.Id,
            Karsa.Monitoring.Evaluation.Workflow.EvaluationAction.OpenSelfAssessment, DateTimeOffset.UtcNow);
        Assert.True(opened.Succeeded, opened.Succeeded ? "" : opened.Error.Message.English);
        return created.Value.Id;
    }

    /// <summary>Starts a new draft from the newest published version, as a planner does on the versions page; returns its number.</summary>
    public async Task<int> StartDraftAsync()
    {
        var started = await VersionUseCases.StartDraftAsync(Region, database.Db, Planner);
        Assert.True(started.Succeeded, started.Succeeded ? "" : started.Error.Message.English);
        return started.Value.Version;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        database.Dispose();
    }
}

/// <summary>A <see cref="KarsaServer"/> on SQLite shared by the tests of one class.</summary>
public class SqliteServer : IAsyncLifetime
{
    private KarsaServer? server;

    /// <summary>The running server.</summary>
    public KarsaServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        server = await KarsaServer.StartAsync(TestDatabases.Sqlite());
        await PrepareAsync(server);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>What a kind of fixture does to the fresh server before its tests run (nothing here).</summary>
    protected virtual Task PrepareAsync(KarsaServer started) => Task.CompletedTask;
}

/// <summary>A <see cref="SqliteServer"/> whose sample is published (so the public portal has a plan to show).</summary>
public sealed class PublishedSqliteServer : SqliteServer
{
    /// <summary>The published version's number.</summary>
    public int PublishedVersion { get; private set; }

    /// <inheritdoc />
    protected override async Task PrepareAsync(KarsaServer started)
    {
        ArgumentNullException.ThrowIfNull(started);
        PublishedVersion = await started.PublishSampleAsync();
    }
}
