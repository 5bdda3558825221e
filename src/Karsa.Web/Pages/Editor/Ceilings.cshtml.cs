using Karsa.Application.Editing;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>The budget ceilings per year and funding source, as one grid.</summary>
public sealed class CeilingsModel(IOptions<KarsaWebOptions> options) : EditorPageModel(options)
{
    /// <summary>Shows the stored ceilings.</summary>
    public void OnGet() => Typed = CeilingForm.Of(View.Plan);

    /// <summary>Saves the typed ceilings.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var fields = CeilingForm.AllFields(View.Plan);
        Typed = Posted(fields);
        var answer = await CeilingForm.SaveAsync(Region, PostedToken, Typed, Database, Author, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(answer, string.Empty, fields, $"/wilayah/{Region}/rencana/pagu").ConfigureAwait(false);
    }
}
