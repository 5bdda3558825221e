using Karsa.Application.Access;
using Karsa.Application.Jobs;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Support;

/// <summary>Who opens a page in <see cref="EveryPageTests"/>.</summary>
public static class Who
{
    /// <summary>No account.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>A planner of the sample's region.</summary>
    public const string Planner = KarsaServer.Planner;

    /// <summary>A ministry evaluator (reads every region).</summary>
    public const string Evaluator = "evaluator";

    /// <summary>A system administrator.</summary>
    public const string Administrator = "sysadmin";
}

/// <summary>
/// The server of <see cref="EveryPageTests"/>: the sample published as version 1 and a draft version 2, a finished
/// roadmap job and scenario comparison of the draft, accounts for every reader, and each reader signed in
/// once (sign-in is rate-limited), their cookies reused for every page.
/// </summary>
public sealed class EveryPageServer : IAsyncLifetime
{
    private readonly Dictionary<string, string> placeholders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> signedIn = new(StringComparer.Ordinal);
    private KarsaServer? server;

    private KarsaServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The address of <paramref name="path"/> with its placeholders filled in.</summary>
    public string Fill(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var (name, value) in placeholders)
        {
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{", path, StringComparison.Ordinal);
        return path;
    }

    /// <summary>A visitor who is <paramref name="who"/>: signed in through the sign-in page the first time, with the same cookies after.</summary>
    public async Task<Visitor> OpenAsync(IBrowser browser, string who)
    {
        if (who == Who.Anonymous)
        {
            return await Visitor.OpenAsync(browser, Server);
        }

        if (signedIn.TryGetValue(who, out var state))
        {
            return await Visitor.OpenAsync(browser, Server, signedIn: state);
        }

        var visitor = await Visitor.OpenAsync(browser, Server);
        await SignIn.AsAsync(visitor, who);
        signedIn[who] = await visitor.SignedInStateAsync();
        return visitor;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        server = await KarsaServer.StartAsync(TestDatabases.Sqlite());
        placeholders["region"] = KarsaServer.Region;
        await server.CreateUserAsync(Who.Evaluator, Role.MinistryEvaluator);
        await server.CreateUserAsync(Who.Administrator, Role.SystemAdministrator);
        placeholders["user"] = await server.CreateUserAsync("pemirsa", Role.Viewer, KarsaServer.Region);

        await server.PublishSampleAsync();
        await server.StartDraftAsync();
        placeholders["cycle"] = (await server.OpenEvaluationCycleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        placeholders["published"] = (await server.PublishEvaluationAsync(2024)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var quick = new JobRequest { Kind = JobKinds.Roadmap, Region = KarsaServer.Region, Strategy = "greedy", TimeLimitSeconds = 5 };
        placeholders["roadmap-job"] = (await server.RunJobAsync(quick)).Id.ToString();
        placeholders["compare-job"] = (await server.RunJobAsync(quick with { Kind = JobKinds.Compare, OtherScenario = "apbd-cut-20" })).Id.ToString();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
