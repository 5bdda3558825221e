using System.Net;
using AngleSharp.Html.Parser;
using Karsa.Application.Books;
using Karsa.Documents;
using Karsa.Testing;

namespace Karsa.Web.Tests.Editor;

public sealed class NarrativeEditorTests
{
    private const string Path = "/wilayah/33.13/rencana/narasi/background";

    [Fact]
    public async Task The_preview_shows_hostile_markdown_as_text_keeps_it_in_the_form_and_saves_nothing()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Path);
        var before = (await editor.NewestAsync()).Token;

        var answer = await form.PostAsync(editor.Planner, Path + "?handler=Preview", new Dictionary<string, string> { ["id"] = HostileMarkdown.Text });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var shown = await EditorForm.ReadAsync(answer);
        var preview = shown.Page.QuerySelector("section.preview .markdown");
        Assert.NotNull(preview);
        Assert.Empty(HostileMarkdown.UnsafeMarkup(preview!));
        Assert.Empty(shown.Page.QuerySelectorAll("main script, main iframe, main img"));
        foreach (var text in HostileMarkdown.VisibleTexts)
        {
            Assert.Contains(text, preview!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(HostileMarkdown.Text.ReplaceLineEndings("\n"), shown.Value("id")!.ReplaceLineEndings("\n"));
        Assert.Equal(before, (await editor.NewestAsync()).Token);
    }

    [Fact]
    public async Task A_saved_hostile_narrative_is_text_in_the_html_book()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Path);

        var saved = await form.PostAsync(editor.Planner, Path, new Dictionary<string, string> { ["id"] = HostileMarkdown.Text, ["en"] = "Safe English" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await editor.NewestAsync()).Plan.Content.Narratives.Single(n => n.Key == "background").Markdown;
        Assert.Equal(HostileMarkdown.Text.ReplaceLineEndings("\n"), stored.Indonesian.ReplaceLineEndings("\n"));
        Assert.Equal("Safe English", stored.English);

        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"karsa-editor-{Guid.NewGuid():N}.html");
        try
        {
            var book = await RenderBook.RunAsync(new BookRequest { Source = EditorApp.Region, Database = editor.Database.Db, Format = BookFormat.Html, OutputPath = output });
            Assert.True(book.Succeeded, book.Error?.Message.English);
            var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(output));
            Assert.Empty(document.QuerySelectorAll("script, img, iframe, a[href^='javascript'], [onerror], [onclick]"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
            foreach (var text in HostileMarkdown.VisibleTexts)
            {
                Assert.Contains(text, document.Body!.TextContent, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task A_narrative_without_indonesian_text_is_refused_at_its_field()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Path);

        var answer = await form.PostAsync(editor.Planner, Path, new Dictionary<string, string> { ["id"] = "  ", ["en"] = "Only English" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        var shown = await EditorForm.ReadAsync(answer);
        Assert.Contains("KRS007", shown.MessageAt("id"), StringComparison.Ordinal);
        Assert.Equal("Only English", shown.Value("en"));
    }
}
