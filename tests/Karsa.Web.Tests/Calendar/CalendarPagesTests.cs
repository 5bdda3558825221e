using System.Net;
using Karsa.Application.Access;
using Karsa.Application.Calendar;
using Karsa.Application.Monitoring;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Calendar;
using Karsa.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Web.Tests.Calendar;

/// <summary>The calendar's pages: a planner adds a period (an error is shown with what was typed kept), a reporter sees what their agency owes, and notices are counted in the header and marked read.</summary>
public sealed class CalendarPagesTests
{
    [Fact]
    public async Task A_planner_adds_a_period_after_an_error_that_keeps_what_was_typed()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("ani", Role.Planner, "33.13");
        using var client = await app.SignedInClientAsync("ani");
        var form = KarsaWebFactory.AntiforgeryToken(await client.GetStringAsync(new Uri("/wilayah/33.13/kalender", UriKind.Relative)));

        var wrong = await PostAsync(client, form, "2027-04-10", "2027-04-01");
        var html = await wrong.Content.ReadAsStringAsync();
        var right = await PostAsync(client, form, "2027-04-01", "2027-04-10");
        var listed = await client.GetStringAsync(new Uri("/wilayah/33.13/kalender", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("KRS160", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Triwulan I 2027\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("<td>Triwulan I 2027</td>", listed, StringComparison.Ordinal);
        Assert.Contains("10 April 2027", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reporter_sees_what_their_agency_owes_and_the_reminder_notice_until_it_is_read()
    {
        using var database = TestDatabases.Sqlite();
        var facts = new OwingFacts();
        facts.Owing.Add("DINKES");
        await using var factory = new KarsaWebFactory(database, loadSample: false, settings: new Dictionary<string, string> { ["Karsa:Jobs:RunJobs"] = "false" });
        await using var app = factory.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<IProgressFacts>(facts)));
        await factory.CreateUserAsync("dinkes", Role.AgencyReporter, "33.13", "DINKES");
        var today = CalendarDays.Today(DateTimeOffset.UtcNow);
        var opens = today.AddDays(-1);
        var added = await CalendarUseCases.AddAsync(database.Db, new Actor("Ani", Role.Planner, new RegionCode("33.13"), null), "33.13",
            new PeriodInput(opens.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "Triwulan uji", Day(opens), Day(today.AddDays(3)), "7"), TimeProvider.System);
        Assert.True(added.Succeeded, added.Error?.Message.Indonesian);
        await ReminderRun.RunAsync(database.Db, facts, TimeProvider.System, null);
        using var client = await SignedInAsync(app, "dinkes");

        var owed = await client.GetStringAsync(new Uri("/wilayah/33.13/kewajiban", UriKind.Relative));
        var notices = await client.GetStringAsync(new Uri("/notifikasi", UriKind.Relative));
        var read = await client.PostAsync(new Uri("/notifikasi?handler=Read", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(notices),
        }));
        var after = await client.GetStringAsync(new Uri("/notifikasi", UriKind.Relative));

        Assert.Contains("Triwulan uji", owed, StringComparison.Ordinal);
        Assert.Contains("Belum lengkap, 3 hari lagi", owed, StringComparison.Ordinal);
        Assert.Contains("Pemberitahuan (1 baru)", notices, StringComparison.Ordinal);
        Assert.Contains("href=\"/wilayah/33.13/kewajiban\">Pengingat: laporan Triwulan uji", notices, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.DoesNotContain("baru)", after, StringComparison.Ordinal);
        Assert.Contains("0 belum dibaca dari 1.", after, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string opens, string due) =>
        client.PostAsync(new Uri("/wilayah/33.13/kalender?handler=Save", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Fields.Year"] = "2027",
            ["Fields.Name"] = "Triwulan I 2027",
            ["Fields.Opens"] = opens,
            ["Fields.Due"] = due,
            ["Fields.Reminders"] = "7, 0, -1",
            ["__RequestVerificationToken"] = token,
        }));

    /// <summary>Signs in through the sign-in page of <paramref name="app"/> (a factory derived with test services).</summary>
    private static async Task<HttpClient> SignedInAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string userName)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync(new Uri("/masuk", UriKind.Relative));
        var answer = await client.PostAsync(new Uri("/masuk", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = KarsaWebFactory.Password,
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
