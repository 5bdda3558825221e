using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>The draft's programmes, with links to change them and to add one.</summary>
public sealed class ProgrammesModel(IOptions<KarsaWebOptions> options) : EditorPageModel(options)
{
    /// <summary>Shows the list.</summary>
    public void OnGet()
    {
    }
}
