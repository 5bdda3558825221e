using System.Net;
using Karsa.Application.Access;
using Karsa.Application.Plans;
using Karsa.Application.Roadmaps;
using Karsa.Planning.Roadmaps;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Editor;

/// <summary>Who may change the profile, agencies, indicators and scenarios, and that a published version refuses them.</summary>
public sealed class KeyedPartAccessTests
{
    public static TheoryData<Role, string> ReadersAndForms => new()
    {
        { Role.Viewer, "/wilayah/33.13/rencana/profil" },
        { Role.AgencyReporter, "/wilayah/33.13/rencana/opd/sunting/BAPPEDA" },
        { Role.Viewer, "/wilayah/33.13/rencana/indikator/sunting/ISO37120-5.1" },
        { Role.AgencyReporter, "/wilayah/33.13/rencana/skenario/sunting/no-csr" },
    };

    [Theory]
    [MemberData(nameof(ReadersAndForms))]
    public async Task A_viewer_or_reporter_of_the_region_reads_the_form_without_a_button_and_cannot_post_or_delete(Role role, string path)
    {
        await using var editor = await EditorApp.StartAsync();
        using var reader = await editor.SignInAsync("pembaca", role, EditorApp.Region);
        var before = (await editor.NewestAsync()).Token;

        var form = await EditorForm.OpenAsync(reader, path);
        var ownToken = KarsaWebFactory.AntiforgeryToken(await reader.GetStringAsync(new Uri("/", UriKind.Relative)));
        var saved = await (form with { Antiforgery = ownToken, BasedOn = before }).PostAsync(reader, path, new Dictionary<string, string> { ["name"] = "Tidak boleh" });
        var deleted = await (form with { Antiforgery = ownToken, BasedOn = before }).PostAsync(reader, path + "?handler=Delete", new Dictionary<string, string>());

        Assert.All(form.Page.QuerySelectorAll("main form fieldset"), f => Assert.True(f.HasAttribute("disabled")));
        Assert.Empty(form.Page.QuerySelectorAll("main button[type=submit]"));
        Assert.Equal(HttpStatusCode.Forbidden, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deleted.StatusCode);
        Assert.Equal(before, (await editor.NewestAsync()).Token);
    }

    [Fact]
    public async Task A_published_newest_version_refuses_a_scenario_and_an_agency_deletion()
    {
        await using var editor = await EditorApp.StartAsync();
        const string Scenario = "/wilayah/33.13/rencana/skenario/sunting";
        const string Agency = "/wilayah/33.13/rencana/opd/sunting/BAPPEDA";
        var draftForm = await EditorForm.OpenAsync(editor.Planner, Scenario);
        var adopted = await PlanRoadmap.RunAsync(new RoadmapRequest { Source = EditorApp.Region, Database = editor.Database.Db, Adopt = true, Strategy = PlanningStrategy.Greedy });
        Assert.True(adopted.Succeeded, adopted.Error?.Message.English);
        var published = await VersionUseCases.PublishAsync(EditorApp.Region, null, editor.Database.Db);
        Assert.True(published.Succeeded, published.Error?.Message.English);
        var newest = await editor.NewestAsync();

        var added = await draftForm.PostAsync(editor.Planner, Scenario, new Dictionary<string, string> { ["name"] = "baru", ["lastYear"] = "2030" });
        var deleted = await draftForm.PostAsync(editor.Planner, Agency + "?handler=Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, deleted.StatusCode);
        Assert.Contains("KRS058", (await EditorForm.ReadAsync(deleted)).Page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(newest.Token, (await editor.NewestAsync()).Token);
        var agencyPage = await EditorForm.OpenAsync(editor.Planner, Agency);
        Assert.Empty(agencyPage.Page.QuerySelectorAll("main button[type=submit]"));
    }
}
