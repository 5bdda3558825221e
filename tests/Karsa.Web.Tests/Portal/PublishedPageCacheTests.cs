using System.Net;
using Karsa.Application.Access;
using Karsa.Testing;
using Karsa.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Karsa.Web.Tests.Portal;

/// <summary>
/// The public plan page's cache: a repeated anonymous request is answered from it (it carries an Age
/// header), yet a draft saved after publishing never shows, a new publish shows at once, languages and
/// signed-in visitors never mix. Plans are published from outside the app, as the CLI would.
/// </summary>
public sealed class PublishedPageCacheTests
{
    private const string Page = "/publik/33.13";
    private const string DraftTitle = "Judul draf v2";

    [Fact]
    public Task A_draft_saved_after_publishing_never_reaches_the_cached_page_on_sqlite() => DraftNeverShows(TestDatabases.Sqlite());

    [SkippableFact]
    public Task A_draft_saved_after_publishing_never_reaches_the_cached_page_on_postgres() => DraftNeverShows(TestDatabases.Postgres());

    [Fact]
    public Task A_new_publish_replaces_the_cached_page_at_once_on_sqlite() => NewPublishShows(TestDatabases.Sqlite());

    [SkippableFact]
    public Task A_new_publish_replaces_the_cached_page_at_once_on_postgres() => NewPublishShows(TestDatabases.Postgres());

    [Fact]
    public async Task Each_language_is_kept_apart_whether_asked_by_query_or_by_cookie()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var client = app.CreateClient();

        Assert.Equal("en", await LanguageOf(client, Page + "?lang=en"));
        Assert.Equal("id", await LanguageOf(client, Page));
        Assert.Equal("id", await LanguageOf(client, Page));
        Assert.Equal("en", await LanguageOf(client, Page + "?lang=en"));

        using var english = app.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        Assert.Equal("en", await LanguageOf(english, Page));
        Assert.Equal("en", await LanguageOf(english, Page));
        Assert.Equal("id", await LanguageOf(client, Page));
    }

    [Fact]
    public async Task A_signed_in_visitor_gets_a_fresh_page_and_never_leaves_it_to_others()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("evaluator-nama-unik", Role.MinistryEvaluator);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await anonymous.GetStringAsync(new Uri(Page, UriKind.Relative));
        using var signedIn = await app.SignedInClientAsync("evaluator-nama-unik");

        var own = await signedIn.GetAsync(new Uri(Page, UriKind.Relative));
        Assert.Contains("evaluator-nama-unik", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(own.Headers.Age);
        var again = await anonymous.GetAsync(new Uri(Page, UriKind.Relative));
        Assert.NotNull(again.Headers.Age);
        Assert.DoesNotContain("evaluator-nama-unik", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task DraftNeverShows(TestDatabase database)
    {
        using (database)
        {
            await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
            await using var app = new KarsaWebFactory(database, loadSample: false);
            using var client = app.CreateClient();
            Assert.Null((await client.GetAsync(new Uri(Page, UriKind.Relative))).Headers.Age);
            Assert.NotNull((await client.GetAsync(new Uri(Page, UriKind.Relative))).Headers.Age);

            await PortalPlans.ImportAsync(database.Db, PublicPortalTests.WithDraftChange(PortalPlans.Adopted()));

            var page = await client.GetAsync(new Uri(Page, UriKind.Relative));
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("versi 1", html, StringComparison.Ordinal);
            Assert.DoesNotContain(DraftTitle, html, StringComparison.Ordinal);
            Assert.DoesNotContain(DraftTitle, await client.GetStringAsync(new Uri(Page + "?lang=en", UriKind.Relative)), StringComparison.Ordinal);
        }
    }

    private static async Task NewPublishShows(TestDatabase database)
    {
        using (database)
        {
            await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
            await using var app = new KarsaWebFactory(database, loadSample: false);
            using var client = app.CreateClient();
            await client.GetStringAsync(new Uri(Page, UriKind.Relative));
            Assert.NotNull((await client.GetAsync(new Uri(Page, UriKind.Relative))).Headers.Age);

            await PortalPlans.PublishAsync(database.Db, PublicPortalTests.WithDraftChange(PortalPlans.Adopted()));

            var page = await client.GetAsync(new Uri(Page, UriKind.Relative));
            var html = await page.Content.ReadAsStringAsync();
            Assert.Null(page.Headers.Age);
            Assert.Contains("versi 2", html, StringComparison.Ordinal);
            Assert.Contains(DraftTitle, html, StringComparison.Ordinal);
        }
    }

    private static async Task<string?> LanguageOf(HttpClient client, string path) =>
        PortalPlans.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative))).DocumentElement.GetAttribute("lang");
}
