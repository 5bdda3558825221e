using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Karsa.Application.Access;
using Karsa.Storage.Audit;
using Karsa.Web.Tests.Support;
using static Karsa.Web.Tests.Accounts.AccountTestKit;

namespace Karsa.Web.Tests.Accounts;

public sealed class UserApiTests
{
    [Fact]
    public async Task An_administrator_creates_a_planner_whose_one_time_link_sets_the_password_once()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        var admin = await app.CreateUserAsync("root", Role.SystemAdministrator);
        using var api = app.ApiClient(await app.CreateTokenAsync(admin));

        var created = await SendAsync(api, HttpMethod.Post, "/api/v1/users",
            new { userName = "sari", displayName = "Sari Perencana", role = "Planner", region = "33.13" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var link = (await JsonAsync(created)).GetProperty("path").GetString()!;
        Assert.StartsWith("/akun/sandi-pertama?user=sari&token=", link, StringComparison.Ordinal);

        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var set = await PostFormAsync(browser, link, new Dictionary<string, string> { ["Password"] = "sandi-baru-98765", ["Repeat"] = "sandi-baru-98765" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        using var again = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var reused = await PostFormAsync(again, link, new Dictionary<string, string> { ["Password"] = "sandi-lain-55555", ["Repeat"] = "sandi-lain-55555" });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("tidak berlaku", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var audit = await AuditAsync(app);
        var creation = Assert.Single(audit, e => e.Action == AuditActions.UserCreate);
        Assert.Equal(("root", "sari", "33.13"), (creation.Actor, creation.Target, creation.RegionCode));
        Assert.Null(creation.Before);
        Assert.Contains("\"role\":\"Planner\"", creation.After, StringComparison.Ordinal);
        Assert.Single(audit, e => e.Action == AuditActions.PasswordSet && e.Target == "sari");
        Assert.DoesNotContain(audit, e => (e.After ?? "").Contains("sandi-baru", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_region_administrator_manages_only_their_region_and_never_gives_a_national_role()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        var regionAdmin = await app.CreateUserAsync("admin-kra", Role.RegionAdministrator, "33.13");
        var own = await app.CreateUserAsync("planner-kra", Role.Planner, "33.13");
        var other = await app.CreateUserAsync("planner-sgn", Role.Planner, "33.14");
        using var api = app.ApiClient(await app.CreateTokenAsync(regionAdmin));

        var list = await JsonAsync(await api.GetAsync(new Uri("/api/v1/users", UriKind.Relative)));
        var names = list.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.Equal(["admin-kra", "planner-kra"], names);
        Assert.Equal(2, list.GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri($"/api/v1/users/{other.Id}", UriKind.Relative))).StatusCode);
        var national = await SendAsync(api, HttpMethod.Post, "/api/v1/users", new { userName = "eva", displayName = "Eva", role = "MinistryEvaluator", region = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, national.StatusCode);
        var elsewhere = await SendAsync(api, HttpMethod.Post, "/api/v1/users", new { userName = "budi", displayName = "Budi", role = "Planner", region = "33.14" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);
        Assert.Contains("region", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Moving their own user to another region is as refused as taking one from there.
        var read = await api.GetAsync(new Uri($"/api/v1/users/{own.Id}", UriKind.Relative));
        var etag = read.Headers.ETag!.Tag;
        var move = await SendAsync(api, HttpMethod.Put, $"/api/v1/users/{own.Id}", new { userName = "", displayName = "x", role = "Planner", region = "33.14" }, etag);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, move.StatusCode);

        using var planner = app.ApiClient(await app.CreateTokenAsync(own));
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.GetAsync(new Uri("/api/v1/users", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.GetAsync(new Uri("/api/v1/audit", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Updates_need_the_current_concurrency_stamp_and_lose_nothing()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        var admin = await app.CreateUserAsync("root", Role.SystemAdministrator);
        var user = await app.CreateUserAsync("ani", Role.Viewer, "33.13");
        using var api = app.ApiClient(await app.CreateTokenAsync(admin));
        var path = $"/api/v1/users/{user.Id}";
        var etag = (await api.GetAsync(new Uri(path, UriKind.Relative))).Headers.ETag!.Tag;
        var body = new { userName = "", displayName = "Ani Reporter", role = "AgencyReporter", region = "33.13", agency = "DISKOMINFO" };

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await SendAsync(api, HttpMethod.Put, path, body)).StatusCode);
        var first = await SendAsync(api, HttpMethod.Put, path, body, etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        Assert.Equal("DISKOMINFO", (await JsonAsync(first)).GetProperty("agency").GetString());

        var stale = await SendAsync(api, HttpMethod.Put, path, body with { displayName = "Lost" }, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Ani Reporter", (await JsonAsync(await api.GetAsync(new Uri(path, UriKind.Relative)))).GetProperty("displayName").GetString());

        var locked = await SendAsync(api, HttpMethod.Put, path + "/locked", new { locked = true }, first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, (await JsonAsync(locked)).GetProperty("lockedUntil").ValueKind);

        var deleted = await SendAsync(api, HttpMethod.Delete, path, ifMatch: locked.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);

        var actions = (await AuditAsync(app)).Where(e => e.Target == "ani").Select(e => e.Action).ToList();
        Assert.Equal([AuditActions.UserUpdate, AuditActions.UserLock, AuditActions.UserDelete], actions);
    }

    [Fact]
    public async Task An_administrator_cannot_lock_or_delete_their_own_account()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        var admin = await app.CreateUserAsync("root", Role.SystemAdministrator);
        using var api = app.ApiClient(await app.CreateTokenAsync(admin));
        var etag = (await api.GetAsync(new Uri($"/api/v1/users/{admin.Id}", UriKind.Relative))).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SendAsync(api, HttpMethod.Delete, $"/api/v1/users/{admin.Id}", ifMatch: etag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_admin_pages_create_an_account_and_show_its_link()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("admin-kra", Role.RegionAdministrator, "33.13");
        using var browser = await app.SignedInClientAsync("admin-kra");

        var page = await browser.GetStringAsync(new Uri("/admin", UriKind.Relative));
        Assert.DoesNotContain("value=\"SystemAdministrator\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"MinistryEvaluator\"", page, StringComparison.Ordinal);

        var bad = await PostFormAsync(browser, "/admin", new Dictionary<string, string>
        {
            ["UserName"] = "rudi",
            ["DisplayName"] = "Rudi",
            ["Role"] = "AgencyReporter",
            ["Region"] = "33.13",
            ["Agency"] = "",
        });
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("kode perangkat daerah", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"rudi\"", badHtml, StringComparison.Ordinal);

        var good = await PostFormAsync(browser, "/admin", new Dictionary<string, string>
        {
            ["UserName"] = "rudi",
            ["DisplayName"] = "Rudi",
            ["Role"] = "AgencyReporter",
            ["Region"] = "33.13",
            ["Agency"] = "DINKES",
        });
        var html = await good.Content.ReadAsStringAsync();
        Assert.Matches(new Regex("value=\"http://localhost/akun/sandi-pertama\\?user=rudi&amp;token=[^\"]+\""), html);
        Assert.Contains(">rudi</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_page_locks_a_user_and_refuses_a_stale_form()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("admin-kra", Role.RegionAdministrator, "33.13");
        var ani = await app.CreateUserAsync("ani", Role.Viewer, "33.13");
        var other = await app.CreateUserAsync("budi", Role.Viewer, "33.14");
        using var browser = await app.SignedInClientAsync("admin-kra");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(new Uri($"/admin/pengguna/{other.Id}", UriKind.Relative))).StatusCode);

        var path = $"/admin/pengguna/{ani.Id}";
        var form = await browser.GetStringAsync(new Uri(path, UriKind.Relative));
        var stamp = Regex.Match(form, "name=\"Stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        var locked = await PostFormAsync(browser, path, new Dictionary<string, string> { ["Stamp"] = stamp, ["locked"] = "true" }, path + "?handler=Lock");
        Assert.Contains("Akun dikunci", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The form read before the lock is stale now: its change is refused, not silently applied.
        var stale = await PostFormAsync(browser, path, new Dictionary<string, string>
        {
            ["Stamp"] = stamp,
            ["DisplayName"] = "Ani Baru",
            ["Role"] = "Viewer",
            ["Region"] = "33.13",
        });
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("telah diubah", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Ani Baru\"", html, StringComparison.Ordinal);
        using var api = app.ApiClient(await app.CreateTokenAsync(ani));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode);
    }
}
