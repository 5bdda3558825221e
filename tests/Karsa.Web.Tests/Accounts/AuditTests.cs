using System.Net;
using Karsa.Application.Access;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Karsa.Storage.Audit;
using Karsa.Web.Tests.Support;
using static Karsa.Web.Tests.Accounts.AccountTestKit;

namespace Karsa.Web.Tests.Accounts;

public sealed class AuditTests
{
    private static readonly RegionCode Karanganyar = new("33.13");

    [Fact]
    public async Task Plan_saves_are_audited_in_their_own_transaction_with_the_changed_parts()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database);
        _ = app.Services; // starts the app: the sample is imported by "karsa"
        var import = Assert.Single(await AuditAsync(app));
        Assert.Equal((AuditActions.PlanImport, "karsa", "33.13", 1), (import.Action, import.Actor, import.RegionCode, import.Version));
        Assert.Null(import.Before);

        var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(database.Db));
        var stored = await store.LoadAsync(Karanganyar);
        var edited = Masterplan.Create(stored.Plan.Content with { Title = new LocalizedText("Judul baru yang diaudit", "An audited new title") });
        var saved = await store.SaveAsync(edited, new SaveOptions(stored.Summary.Token, "Sari"));

        var edit = (await AuditAsync(app)).Last();
        Assert.Equal((AuditActions.PlanEdit, "Sari", 1), (edit.Action, edit.Actor, edit.Version));
        Assert.Contains("title", edit.Target, StringComparison.Ordinal);
        Assert.Contains(stored.Plan.Content.Title.Indonesian, edit.Before, StringComparison.Ordinal);
        Assert.Contains(stored.Summary.Token, edit.Before, StringComparison.Ordinal);
        Assert.Contains("Judul baru yang diaudit", edit.After, StringComparison.Ordinal);
        Assert.Contains(saved.Token, edit.After, StringComparison.Ordinal);

        // A refused (stale) save writes neither the plan nor an audit entry.
        var stale = Masterplan.Create(stored.Plan.Content with { Title = new LocalizedText("Hilang", "Lost") });
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(stale, new SaveOptions(stored.Summary.Token, "Budi")));
        Assert.DoesNotContain(await AuditAsync(app), e => e.Actor == "Budi");
        Assert.Equal("Judul baru yang diaudit", (await store.LoadAsync(Karanganyar)).Plan.Content.Title.Indonesian);
    }

    [Fact]
    public async Task Adoption_publishing_and_a_new_draft_are_audited_with_who_did_them()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database);
        _ = app.Services;
        var adopted = await Application.Roadmaps.PlanRoadmap.RunAsync(new Application.Roadmaps.RoadmapRequest
        {
            Source = "33.13",
            Database = database.Db,
            Adopt = true,
            Author = "Sari",
            TimeLimit = TimeSpan.FromSeconds(20),
        });
        Assert.True(adopted.Succeeded, adopted.Error?.Message.English);

        var entry = (await AuditAsync(app)).Last();
        Assert.Equal((AuditActions.PlanAdopt, "Sari", "33.13"), (entry.Action, entry.Actor, entry.RegionCode));
        Assert.Contains("roadmap", entry.Target, StringComparison.Ordinal);
        Assert.Contains("roadmap", entry.After, StringComparison.Ordinal);
        Assert.Contains(adopted.Value.Saved!.Token, entry.After, StringComparison.Ordinal);

        var published = await Application.Plans.VersionUseCases.PublishAsync("33.13", null, database.Db, "Kepala Bappeda");
        Assert.True(published.Succeeded, published.Error?.Message.English);
        var draft = await Application.Plans.VersionUseCases.StartDraftAsync("33.13", database.Db, "Sari");
        Assert.True(draft.Succeeded, draft.Error?.Message.English);
        var lifecycle = (await AuditAsync(app)).TakeLast(2).ToList();
        Assert.Equal((AuditActions.PlanPublish, "Kepala Bappeda", 1), (lifecycle[0].Action, lifecycle[0].Actor, lifecycle[0].Version));
        Assert.Contains("\"state\":\"Draft\"", lifecycle[0].Before, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"Published\"", lifecycle[0].After, StringComparison.Ordinal);
        Assert.Equal((AuditActions.PlanNewDraft, "Sari", 2), (lifecycle[1].Action, lifecycle[1].Actor, lifecycle[1].Version));
        Assert.Contains(draft.Value.Token, lifecycle[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_readers_see_their_scope_filtered_and_paged()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database);
        var root = await app.CreateUserAsync("root", Role.SystemAdministrator);
        var regionAdmin = await app.CreateUserAsync("admin-sgn", Role.RegionAdministrator, "33.14");
        using var rootApi = app.ApiClient(await app.CreateTokenAsync(root));
        using var regionApi = app.ApiClient(await app.CreateTokenAsync(regionAdmin));
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(regionApi, HttpMethod.Post, "/api/v1/users",
            new { userName = "dewi", displayName = "Dewi", role = "Viewer", region = "33.14" })).StatusCode);

        var plans = await JsonAsync(await rootApi.GetAsync(new Uri("/api/v1/audit?action=plan&limit=1", UriKind.Relative)));
        Assert.Equal(1, plans.GetProperty("total").GetInt32());
        Assert.Equal("plan.import", plans.GetProperty("items")[0].GetProperty("action").GetString());

        var own = await JsonAsync(await regionApi.GetAsync(new Uri("/api/v1/audit", UriKind.Relative)));
        var regions = own.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("region").GetString()).Distinct().ToList();
        Assert.Equal(["33.14"], regions);
        Assert.Equal(HttpStatusCode.NotFound, (await regionApi.GetAsync(new Uri("/api/v1/audit?region=33.13", UriKind.Relative))).StatusCode);

        using var browser = await app.SignedInClientAsync("admin-sgn");
        var page = await browser.GetStringAsync(new Uri("/admin/audit?action=user", UriKind.Relative));
        Assert.Contains("user.create", page, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.import", page, StringComparison.Ordinal);
    }
}
