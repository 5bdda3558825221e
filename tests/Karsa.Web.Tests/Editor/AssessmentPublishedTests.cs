using System.Net;

namespace Karsa.Web.Tests.Editor;

public sealed class AssessmentPublishedTests
{
    [Theory]
    [InlineData("/wilayah/33.13/rencana/kesiapan")]
    [InlineData("/wilayah/33.13/rencana/swot")]
    [InlineData("/wilayah/33.13/rencana/strategi")]
    public async Task A_published_version_is_shown_read_only_and_refuses_a_post(string path)
    {
        await using var editor = await EditorApp.StartAsync();
        var draftForm = await EditorForm.OpenAsync(editor.Planner, path);
        var typed = draftForm.Shown();
        await editor.PublishAsync();
        var newest = await editor.NewestAsync();

        var form = await EditorForm.OpenAsync(editor.Planner, path);
        Assert.All(form.Page.QuerySelectorAll("main form fieldset"), f => Assert.True(f.HasAttribute("disabled")));
        Assert.Empty(form.Page.QuerySelectorAll("main button[type=submit]"));
        var refused = await form.PostAsync(editor.Planner, path, typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("KRS058", (await EditorForm.ReadAsync(refused)).Page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(newest.Token, (await editor.NewestAsync()).Token);
    }
}
