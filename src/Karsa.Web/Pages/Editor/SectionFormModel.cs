using Karsa.Application.Editing;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>
/// A page with one <see cref="SectionForm"/> (ceilings, targets, vision and missions): shown with the
/// stored values, posted as a whole, at <c>/wilayah/{region}/rencana/SLUG</c>.
/// </summary>
public abstract class SectionFormModel(IOptions<KarsaWebOptions> options, SectionForm form, string slug) : EditorPageModel(options)
{
    /// <summary>Shows the stored values.</summary>
    public void OnGet() => Typed = form.Of(View.Plan);

    /// <summary>Saves the typed values.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var fields = form.Fields(View.Plan);
        var typed = Typed = Posted(fields);
        var answer = await DraftEditor.SubmitAsync(Region, PostedToken, view => form.Edits(view.Plan, typed), Database, Author, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(answer, string.Empty, fields, $"/wilayah/{Region}/rencana/{slug}").ConfigureAwait(false);
    }
}

/// <summary>The budget ceilings per year and funding source, as one grid.</summary>
public sealed class CeilingsModel(IOptions<KarsaWebOptions> options) : SectionFormModel(options, SectionForm.Ceilings, "pagu");

/// <summary>The indicators' targets per year, as one grid.</summary>
public sealed class TargetsModel(IOptions<KarsaWebOptions> options) : SectionFormModel(options, SectionForm.Targets, "target");

/// <summary>The smart city vision and the missions.</summary>
public sealed class VisionModel(IOptions<KarsaWebOptions> options) : SectionFormModel(options, SectionForm.Vision, "visi");

/// <summary>The region profile: name, kind, province, population, area, cohort, districts.</summary>
public sealed class ProfileModel(IOptions<KarsaWebOptions> options) : SectionFormModel(options, SectionForm.Profile, "profil");
