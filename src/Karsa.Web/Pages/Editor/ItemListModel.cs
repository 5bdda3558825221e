using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>A list of the draft's agencies, indicators or scenarios, with links to change them and to add one (the page decides which).</summary>
public sealed class ItemListModel(IOptions<KarsaWebOptions> options) : EditorPageModel(options)
{
    /// <summary>Shows the list.</summary>
    public void OnGet()
    {
    }
}
