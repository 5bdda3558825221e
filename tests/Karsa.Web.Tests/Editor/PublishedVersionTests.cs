using System.Net;

namespace Karsa.Web.Tests.Editor;

public sealed class PublishedVersionTests
{
    [Fact]
    public async Task A_published_newest_version_is_shown_read_only_with_a_way_to_a_new_draft_and_refuses_a_post()
    {
        await using var editor = await EditorApp.StartAsync();
        const string Path = "/wilayah/33.13/rencana/program/sunting/GOV-01";
        var draftForm = await EditorForm.OpenAsync(editor.Planner, Path);
        await editor.PublishAsync();
        var newest = await editor.NewestAsync();

        var form = await EditorForm.OpenAsync(editor.Planner, Path);
        Assert.NotNull(form.Page.QuerySelector("a[href='/wilayah/33.13/versi']"));
        Assert.All(form.Page.QuerySelectorAll("main form fieldset"), f => Assert.True(f.HasAttribute("disabled")));
        Assert.Empty(form.Page.QuerySelectorAll("main button[type=submit]"));

        var fields = new Dictionary<string, string> { ["code"] = "GOV-01", ["name.id"] = "Tidak boleh berubah" };
        var stale = await (draftForm with { Antiforgery = form.Antiforgery }).PostAsync(editor.Planner, Path, fields);
        var current = await form.PostAsync(editor.Planner, Path, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, current.StatusCode);
        Assert.Contains("KRS058", (await EditorForm.ReadAsync(current)).Page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(newest.Token, (await editor.NewestAsync()).Token);
        Assert.False((await editor.NewestAsync()).IsDraft);
    }
}
