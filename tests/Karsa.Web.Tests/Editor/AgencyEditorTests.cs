using System.Net;
using Karsa.Application.Access;

namespace Karsa.Web.Tests.Editor;

public sealed class AgencyEditorTests
{
    private const string NewForm = "/wilayah/33.13/rencana/opd/sunting";

    [Fact]
    public async Task A_new_agency_with_a_bad_capacity_is_shown_at_it_then_saves_and_is_deleted_again()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);
        Dictionary<string, string> Typed(string capacity) => new() { ["code"] = "DISPORA", ["name"] = "Dinas Pemuda dan Olahraga", ["kind"] = "Dinas", ["capacity"] = capacity };

        var refused = await form.PostAsync(client, NewForm, Typed("0"));
        var shown = await EditorForm.ReadAsync(refused);
        var saved = await shown.PostAsync(client, NewForm, Typed("2"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("KRS016", shown.MessageAt("capacity"), StringComparison.Ordinal);
        Assert.Equal(("DISPORA", "Dinas Pemuda dan Olahraga", "Dinas", "0"), (shown.Value("code"), shown.Value("name"), shown.Value("kind"), shown.Value("capacity")));
        Assert.Equal("/wilayah/33.13/rencana/opd/sunting/DISPORA?tersimpan=1", saved.Headers.Location!.OriginalString);
        var added = (await editor.NewestAsync()).Plan.Content.Agencies[^1];
        Assert.Equal(("DISPORA", 2), (added.Code.Value, added.Capacity));

        const string Path = NewForm + "/DISPORA";
        var unused = await EditorForm.OpenAsync(client, Path);
        var deleted = await unused.PostAsync(client, Path + "?handler=Delete", new Dictionary<string, string>());

        Assert.NotNull(unused.Page.QuerySelector("form[action*='handler=Delete'] button.danger"));
        Assert.Null(unused.Page.QuerySelector(".delete-refused"));
        Assert.Equal("/wilayah/33.13/rencana/opd?tersimpan=1", deleted.Headers.Location!.OriginalString);
        Assert.DoesNotContain("DISPORA", (await editor.NewestAsync()).Plan.Content.Agencies.Select(a => a.Code.Value));
    }

    [Fact]
    public async Task An_agency_programmes_use_can_be_neither_deleted_nor_renamed_and_the_refusal_names_them()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        const string Path = NewForm + "/SETDA-HUKUM";
        var form = await EditorForm.OpenAsync(client, Path);
        var before = (await editor.NewestAsync()).Token;

        var deleted = await form.PostAsync(client, Path + "?handler=Delete", new Dictionary<string, string>());
        var renamed = await form.PostAsync(client, Path, new Dictionary<string, string> { ["code"] = "SETDA-HKM", ["name"] = "Bagian Hukum", ["kind"] = "Sekretariat" });

        var refusedUpFront = form.Page.QuerySelector(".delete-refused")!.TextContent;
        Assert.Contains("KRS047", refusedUpFront, StringComparison.Ordinal);
        Assert.Contains("GOV-01", refusedUpFront, StringComparison.Ordinal);
        Assert.Null(form.Page.QuerySelector("form[action*='handler=Delete']"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, deleted.StatusCode);
        var summary = (await EditorForm.ReadAsync(deleted)).Page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("KRS047", summary, StringComparison.Ordinal);
        Assert.Contains("GOV-01", summary, StringComparison.Ordinal);
        var shown = await EditorForm.ReadAsync(renamed);
        Assert.Contains("KRS047", shown.MessageAt("code"), StringComparison.Ordinal);
        Assert.Equal("SETDA-HKM", shown.Value("code"));
        Assert.Equal(before, (await editor.NewestAsync()).Token);
    }

    [Fact]
    public async Task The_second_of_two_planners_saving_one_agency_gets_a_conflict_in_English_and_keeps_what_they_typed()
    {
        await using var editor = await EditorApp.StartAsync();
        using var second = await editor.SignInAsync("kedua", Role.Planner, EditorApp.Region);
        const string Path = NewForm + "/BAPPEDA";
        var firstForm = await EditorForm.OpenAsync(editor.Planner, Path);
        var secondForm = await EditorForm.OpenAsync(second, Path + "?lang=en");
        Dictionary<string, string> Typed(string name) => new() { ["code"] = "BAPPEDA", ["name"] = name, ["kind"] = "Badan", ["capacity"] = "3" };

        var saved = await firstForm.PostAsync(editor.Planner, Path, Typed("Bappeda pertama"));
        var refused = await secondForm.PostAsync(second, Path + "?lang=en", Typed("Bappeda kedua"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        Assert.Contains("was saved by perencana", shown.Page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Bappeda kedua", shown.Value("name"));
        var stored = await editor.NewestAsync();
        Assert.Equal("Bappeda pertama", stored.Plan.Content.Agencies.Single(a => a.Code.Value == "BAPPEDA").Name);
        Assert.Equal(stored.Token, shown.BasedOn);
    }
}
