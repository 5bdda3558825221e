using Ganss.Xss;
using Karsa.Application.Editing;
using Karsa.Domain.Plans;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>
/// A <see cref="SectionFormModel"/> whose form holds Markdown fields, with a server-rendered preview
/// ("Pratinjau") of each typed one, as the book renders it, that saves nothing.
/// </summary>
public abstract class MarkdownSectionFormModel : SectionFormModel
{
    // Defence in depth: the preview is already escaped markup of our own; the sanitizer would drop
    // anything else should that ever change.
    private static readonly HtmlSanitizer Sanitizer = new();

    private readonly SectionForm _form;
    private readonly Func<Masterplan, IReadOnlyList<string>> _markdownFields;
    private Dictionary<string, IHtmlContent> _previews = [];

    /// <summary>A page of <paramref name="form"/> at <c>SLUG</c> whose <paramref name="markdownFields"/> are previewed.</summary>
    protected MarkdownSectionFormModel(IOptions<KarsaWebOptions> options, SectionForm form, string slug, Func<Masterplan, IReadOnlyList<string>> markdownFields)
        : base(options, form, slug) => (_form, _markdownFields) = (form, markdownFields);

    /// <summary>True after "Pratinjau": the typed Markdown fields are shown rendered under their inputs.</summary>
    public bool Previewing { get; private set; }

    /// <summary>The preview of the Markdown typed in <paramref name="field"/>, or null when none was asked or nothing was typed.</summary>
    public IHtmlContent? PreviewOf(string field) => _previews.GetValueOrDefault(field);

    /// <summary>Shows the typed Markdown as the book will show it, keeping every typed value in the form unsaved.</summary>
    public IActionResult OnPostPreview()
    {
        Typed = Posted(_form.Fields(View.Plan));
        Previewing = true;
        _previews = _markdownFields(View.Plan).Where(f => Typed[f].Length > 0)
            .ToDictionary(f => f, f => (IHtmlContent)new HtmlString(Sanitizer.Sanitize(NarrativeForm.Preview(Typed[f]))), StringComparer.Ordinal);
        return Page();
    }
}

/// <summary>The book's front matter: foreword (Kata Pengantar), the regent's address (Sambutan), the approval and the issue date.</summary>
public sealed class BookMatterModel(IOptions<KarsaWebOptions> options)
    : MarkdownSectionFormModel(options, SectionForm.BookMatter, "buku", _ => BookMatterForm.MarkdownFields);
