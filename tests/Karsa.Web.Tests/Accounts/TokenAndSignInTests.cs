using System.Net;
using Karsa.Application.Access;
using Karsa.Storage.Audit;
using Karsa.Web.Tests.Support;
using static Karsa.Web.Tests.Accounts.AccountTestKit;

namespace Karsa.Web.Tests.Accounts;

public sealed class TokenAndSignInTests
{
    [Fact]
    public async Task A_personal_token_is_shown_once_works_until_revoked_and_expires_within_a_year()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        var user = await app.CreateUserAsync("ani", Role.Planner, "33.13");
        using var api = app.ApiClient(await app.CreateTokenAsync(user));

        var tooLong = await SendAsync(api, HttpMethod.Post, "/api/v1/me/tokens", new { name = "lama", expiresAt = DateTimeOffset.UtcNow.AddYears(2) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("expiresAt", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var made = await SendAsync(api, HttpMethod.Post, "/api/v1/me/tokens", new { name = "laporan", expiresAt = DateTimeOffset.UtcNow.AddDays(30) });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var answer = await JsonAsync(made);
        var secret = answer.GetProperty("token").GetString()!;
        var id = answer.GetProperty("view").GetProperty("id").GetString()!;
        Assert.StartsWith("karsa_", secret, StringComparison.Ordinal);

        using var second = app.ApiClient(secret);
        var me = await JsonAsync(await second.GetAsync(new Uri("/api/v1/me", UriKind.Relative)));
        Assert.Equal("ani", me.GetProperty("userName").GetString());

        var listText = await (await api.GetAsync(new Uri("/api/v1/me/tokens", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains(secret[..12], listText, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listText, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await second.DeleteAsync(new Uri($"/api/v1/me/tokens/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(new Uri($"/api/v1/me/tokens/{id}", UriKind.Relative))).StatusCode);

        var audit = await AuditAsync(app);
        Assert.Single(audit, e => e.Action == AuditActions.TokenCreate);
        Assert.Single(audit, e => e.Action == AuditActions.TokenRevoke);
        Assert.DoesNotContain(audit, e => (e.After ?? "").Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_account_page_makes_a_token_and_changes_the_password()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("ani", Role.Viewer, "33.13");
        using var browser = await app.SignedInClientAsync("ani");

        var made = await PostFormAsync(browser, "/akun", new Dictionary<string, string> { ["TokenName"] = "skrip", ["TokenDays"] = "30" }, "/akun?handler=Token");
        var html = await made.Content.ReadAsStringAsync();
        Assert.Matches("id=\"new-token\" class=\"code\" value=\"karsa_[0-9a-f]{64}\"", html);
        Assert.DoesNotMatch("id=\"new-token\"", await browser.GetStringAsync(new Uri("/akun", UriKind.Relative)));

        var wrong = await PostFormAsync(browser, "/akun", new Dictionary<string, string>
        {
            ["Current"] = "salah-sekali-123",
            ["Password"] = "sandi-baru-98765",
            ["Repeat"] = "sandi-baru-98765",
        }, "/akun?handler=Password");
        Assert.Contains("Kata sandi sekarang salah", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await PostFormAsync(browser, "/akun", new Dictionary<string, string>
        {
            ["Current"] = KarsaWebFactory.Password,
            ["Password"] = "sandi-baru-98765",
            ["Repeat"] = "sandi-baru-98765",
        }, "/akun?handler=Password");
        Assert.Contains("Kata sandi diganti", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(app), e => e.Action == AuditActions.PasswordChange && e.Target == "ani");
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_and_are_audited()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("ani", Role.Viewer, "33.13");
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        for (var i = 0; i < 5; i++)
        {
            var failed = await PostFormAsync(browser, "/masuk", new Dictionary<string, string> { ["UserName"] = "ani", ["Password"] = "salah-" + i });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var locked = await PostFormAsync(browser, "/masuk", new Dictionary<string, string> { ["UserName"] = "ani", ["Password"] = KarsaWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("dikunci", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var audit = await AuditAsync(app);
        Assert.Equal(4, audit.Count(e => e.Action == AuditActions.SignInFailure && e.Target == "ani"));
        Assert.Contains(audit, e => e.Action == AuditActions.SignInLockout && e.Target == "ani" && e.RegionCode == "33.13");
        Assert.DoesNotContain(audit, e => $"{e.Before}{e.After}{e.Target}".Contains("salah-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_eleventh_sign_in_post_within_a_minute_is_refused_with_429()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await browser.GetStringAsync(new Uri("/masuk", UriKind.Relative));
        var token = KarsaWebFactory.AntiforgeryToken(form);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            var answer = await browser.PostAsync(new Uri("/masuk", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "nobody",
                ["Password"] = "x",
                ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(answer.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }
}
