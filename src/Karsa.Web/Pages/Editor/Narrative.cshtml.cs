using Ganss.Xss;
using Karsa.Application.Editing;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>One Markdown narrative section, with a server-rendered preview ("Pratinjau") that saves nothing.</summary>
public sealed class NarrativeModel(IOptions<KarsaWebOptions> options) : EditorPageModel(options)
{
    // Defence in depth: the preview is already escaped markup of our own; the sanitizer would drop
    // anything else should that ever change.
    private static readonly HtmlSanitizer Sanitizer = new();

    /// <summary>The section's key, e.g. <c>background</c>.</summary>
    [FromRoute(Name = "key")]
    public string Key { get; set; } = string.Empty;

    /// <summary>The preview of the typed Markdown in both languages, after "Pratinjau".</summary>
    public (IHtmlContent Indonesian, IHtmlContent English)? Preview { get; private set; }

    /// <summary>Shows the stored section.</summary>
    public void OnGet() => Typed = NarrativeForm.Of(View.Plan, Key);

    /// <summary>Saves the typed section.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Typed = Posted(NarrativeForm.Fields);
        var answer = await NarrativeForm.SaveAsync(Region, PostedToken, Key, Typed, Database, Author, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(answer, NarrativeForm.PathOf(Key), NarrativeForm.Fields, $"/wilayah/{Region}/rencana/narasi/{Key}").ConfigureAwait(false);
    }

    /// <summary>Shows the typed Markdown as the book will show it, keeping it in the form unsaved.</summary>
    public IActionResult OnPostPreview()
    {
        Typed = Posted(NarrativeForm.Fields);
        Preview = (Render(Typed["id"]), Render(Typed["en"]));
        return Page();
    }

    private static HtmlString Render(string markdown) => new(Sanitizer.Sanitize(NarrativeForm.Preview(markdown)));
}
