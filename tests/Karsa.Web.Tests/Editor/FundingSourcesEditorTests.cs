using System.Net;
using Karsa.Application.Plans;
using Karsa.Domain.Edits;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Web.Tests.Editor;

public sealed class FundingSourcesEditorTests
{
    private const string List = "/wilayah/33.13/rencana/sumber-dana";
    private const string NewForm = List + "/sunting";

    [Fact]
    public async Task A_new_source_with_a_bad_key_is_shown_at_it_then_saves_and_is_listed_after_the_defaults()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);
        Dictionary<string, string> Typed(string key) => new() { ["key"] = key, ["name.id"] = "Hibah Provinsi", ["name.en"] = "Provincial grant" };

        var refused = await form.PostAsync(client, NewForm, Typed("Hibah Provinsi"));
        var shown = await EditorForm.ReadAsync(refused);
        var saved = await shown.PostAsync(client, NewForm, Typed("hibah-provinsi"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("KRS148", shown.MessageAt("key"), StringComparison.Ordinal);
        Assert.Equal(("Hibah Provinsi", "Provincial grant"), (shown.Value("key"), shown.Value("name.en")));
        Assert.Equal(NewForm + "/hibah-provinsi?tersimpan=1", saved.Headers.Location!.OriginalString);
        var list = await EditorForm.OpenAsync(client, List);
        var defaults = list.Page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr");
        Assert.Equal(FundingSourceCatalog.NationalDefaults.Count, defaults.Length);
        Assert.Empty(list.Page.QuerySelectorAll("table")[0].QuerySelectorAll("a, button"));
        var own = list.Page.QuerySelector("#sumber-hibah-provinsi")!;
        Assert.Contains("Hibah Provinsi", own.TextContent, StringComparison.Ordinal);
        Assert.NotNull(own.QuerySelector("form[action*='handler=Delete'] button.danger"));
    }

    [Fact]
    public async Task A_source_a_ceiling_names_shows_why_at_its_row_and_refuses_deletion_until_the_ceiling_goes()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var hibah = new FundingSource("hibah");
        var token = (await editor.NewestAsync()).Token;
        var added = await VersionUseCases.EditDraftAsync(EditorApp.Region, token,
            [new SetFundingSource(new FundingSourceDefinition(hibah, "Hibah")), new SetCeiling(new FiscalYear(2024), hibah, new Rupiah(7_000_000))],
            editor.Database.Db);
        Assert.True(added.Succeeded, added.Error?.Message.English);
        var list = await EditorForm.OpenAsync(client, List);
        var before = (await editor.NewestAsync()).Token;

        // The row offers no delete form; a post made anyway (e.g. from a page opened before the ceiling was added) is refused.
        var deleted = await (list with { BasedOn = before }).PostAsync(client, List + "?handler=Delete", new Dictionary<string, string> { ["key"] = "hibah" });

        var row = list.Page.QuerySelector("#sumber-hibah")!;
        Assert.Contains("KRS146", row.QuerySelector(".delete-refused")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("budget.2024.hibah", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("button"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, deleted.StatusCode);
        var summary = (await EditorForm.ReadAsync(deleted)).Page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("KRS146", summary, StringComparison.Ordinal);
        Assert.Equal(before, (await editor.NewestAsync()).Token);

        var cleared = await VersionUseCases.EditDraftAsync(EditorApp.Region, before, [new SetCeiling(new FiscalYear(2024), hibah, null)], editor.Database.Db);
        Assert.True(cleared.Succeeded, cleared.Error?.Message.English);
        var free = await EditorForm.OpenAsync(client, List);
        var gone = await free.PostAsync(client, List + "?handler=Delete", new Dictionary<string, string> { ["key"] = "hibah" });

        Assert.Equal(List + "?tersimpan=1", gone.Headers.Location!.OriginalString);
        Assert.Empty((await editor.NewestAsync()).Plan.Content.FundingSources.Additions);
    }

    [Fact]
    public async Task A_default_source_has_no_form()
    {
        await using var editor = await EditorApp.StartAsync();

        var answer = await editor.Planner.GetAsync(new Uri(NewForm + "/apbd", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }
}
