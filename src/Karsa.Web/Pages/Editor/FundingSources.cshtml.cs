using Karsa.Application.Editing;
using Karsa.Domain.Diagnostics;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>
/// The plan's funding sources: the national defaults (read only) and the plan's own, each with a link
/// to change it and a button to delete it; while something still names a source, the row says why it
/// cannot be deleted (the domain's refusal) instead of offering the button.
/// </summary>
public sealed class FundingSourcesModel(IOptions<KarsaWebOptions> options) : EditorPageModel(options)
{
    private const string KeyField = "key";

    /// <summary>Why the plan's own source <paramref name="key"/> cannot be deleted now (empty when it can).</summary>
    public IReadOnlyList<Diagnostic> DeleteRefusals(string key) => ItemForm.FundingSources.DeleteRefusals(View.Plan, key);

    /// <summary>Shows the list.</summary>
    public void OnGet()
    {
    }

    /// <summary>Deletes the plan's own source named by the posted <c>key</c>; a refusal is shown in the summary and at its row.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var key = Request.Form[KeyField].ToString();
        if (!ItemForm.FundingSources.Exists(View.Plan, key))
        {
            return NotFound();
        }

        var answer = await ItemForm.FundingSources.DeleteAsync(Region, PostedToken, key, Database, Author, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(answer, string.Empty, [], $"/wilayah/{Region}/rencana/sumber-dana").ConfigureAwait(false);
    }
}
