using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>The editor's overview of the newest version: every section of the plan, with links to the forms that change them.</summary>
public sealed class IndexModel(IOptions<KarsaWebOptions> options) : EditorPageModel(options)
{
    /// <summary>The narrative sections the book uses, in its order, followed by any others the plan has.</summary>
    public static IReadOnlyList<string> BookNarratives { get; } =
        ["background", "purpose", "legal-basis", "scope", "geography", "economy", "gap-analysis", "development-direction", "governance", "evaluation"];

    /// <summary>Shows the overview.</summary>
    public void OnGet()
    {
    }
}
