using Karsa.Application.Access;
using Karsa.Application.Editing;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Editor;

/// <summary>The web app on a fresh SQLite database with the sample, and a planner of its region signed in.</summary>
internal sealed class EditorApp : IAsyncDisposable
{
    /// <summary>The sample's region.</summary>
    public const string Region = "33.13";

    private EditorApp(TestDatabase database, KarsaWebFactory app, HttpClient planner) => (Database, App, Planner) = (database, app, planner);

    /// <summary>The database.</summary>
    public TestDatabase Database { get; }

    /// <summary>The app.</summary>
    public KarsaWebFactory App { get; }

    /// <summary>A planner of <see cref="Region"/> ("perencana"), signed in.</summary>
    public HttpClient Planner { get; }

    /// <summary>Starts the app and signs the planner in.</summary>
    public static async Task<EditorApp> StartAsync()
    {
        var database = TestDatabases.Sqlite();
        var app = new KarsaWebFactory(database);
        await app.CreateUserAsync("perencana", Role.Planner, Region);
        return new EditorApp(database, app, await app.SignedInClientAsync("perencana"));
    }

    /// <summary>Creates a user with <paramref name="role"/> and signs them in.</summary>
    public async Task<HttpClient> SignInAsync(string userName, Role role, string? region)
    {
        await App.CreateUserAsync(userName, role, region);
        return await App.SignedInClientAsync(userName);
    }

    /// <summary>The newest stored version of the region.</summary>
    public async Task<DraftView> NewestAsync() => (await DraftEditor.LoadAsync(Region, Database.Db)).Value!;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Planner.Dispose();
        await App.DisposeAsync();
        Database.Dispose();
    }
}
